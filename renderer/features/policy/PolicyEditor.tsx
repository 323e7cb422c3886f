import { useMemo, useRef } from 'react';
import type { PolicyProblem } from '../../../shared/policy';
import { formatProblem, lineRange, problemsByLine } from './policy-problems';

const lineHeight = 20;

/**
 * The policy as YAML text, with a gutter of line numbers where lines with a problem are marked, and
 * the problems listed below ("Line N: path — reason"); choosing one puts the cursor on its line.
 */
export function PolicyEditor({
  text,
  problems,
  disabled,
  onChange,
}: {
  text: string;
  problems: PolicyProblem[];
  disabled: boolean;
  onChange(text: string): void;
}) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const layers = useRef<HTMLDivElement>(null);
  const lineCount = useMemo(() => text.split('\n').length, [text]);
  const marked = useMemo(() => problemsByLine(problems), [problems]);
  const follow = () => {
    if (layers.current && textarea.current)
      layers.current.style.transform = `translateY(${-textarea.current.scrollTop}px)`;
  };
  const goTo = (line: number) => {
    const element = textarea.current;
    if (!element) return;
    const { start, end } = lineRange(element.value, line);
    element.focus();
    element.setSelectionRange(start, end);
    element.scrollTop = Math.max(0, (line - 3) * lineHeight);
    follow();
  };
  return (
    <div className="policy-editor">
      <label htmlFor="policy-text">Policy document</label>
      <div className="editor-frame">
        <div className="editor-layers" aria-hidden="true" ref={layers}>
          {Array.from({ length: lineCount }, (_, index) => {
            const reasons = marked.get(index + 1);
            return (
              <div
                key={index}
                className={reasons ? 'editor-line has-problem' : 'editor-line'}
                data-line={index + 1}
                data-problem={reasons ? 'true' : undefined}
                title={reasons?.join('\n')}
              >
                <span className="line-number">{index + 1}</span>
              </div>
            );
          })}
        </div>
        <textarea
          id="policy-text"
          ref={textarea}
          value={text}
          wrap="off"
          spellCheck={false}
          disabled={disabled}
          aria-invalid={problems.length > 0 ? true : undefined}
          aria-describedby={problems.length > 0 ? 'policy-problems' : undefined}
          onChange={(event) => onChange(event.target.value)}
          onScroll={follow}
        />
      </div>
      {problems.length > 0 && (
        <div id="policy-problems" className="policy-problems">
          <p className="field-error">
            {problems.length === 1 ? 'One problem' : `${problems.length} problems`}: nothing was saved.
          </p>
          <ul aria-label="Policy problems">
            {problems.map((problem, index) => (
              <li key={index}>
                <button type="button" className="link" onClick={() => goTo(problem.line)}>
                  {formatProblem(problem)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
