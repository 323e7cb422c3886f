/** A one-line progress bar redrawn in place on a terminal stream; silent when the stream is not a TTY. */
export function progressBar(
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
): (done: number, total: number) => void {
  const width = 30;
  return (done, total) => {
    if (!stream.isTTY) return;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    stream.write(`\r${label} ${bar} ${done}/${total}`);
    if (done >= total) stream.write('\n');
  };
}
