import { ToolGroup } from '../../../shared/connections';
import { groupLabels } from './connection-text';
import { useToolMapping } from './use-connections';

/** Which system serves each group of tools: the sandbox or a configured system that can serve it. */
export function ToolMappingTable() {
  const tools = useToolMapping();
  if (!tools.mapping) return null;
  const mapping = tools.mapping;
  return (
    <table className="rules-table">
      <caption>Tool mapping</caption>
      <thead>
        <tr>
          <th scope="col">Tools</th>
          <th scope="col">Served by</th>
        </tr>
      </thead>
      <tbody>
        {ToolGroup.options.map((group) => {
          const error = tools.errors[group];
          const errorId = `mapping-${group}-error`;
          return (
            <tr key={group}>
              <th scope="row">{groupLabels[group]}</th>
              <td>
                <select
                  aria-label={`${groupLabels[group]} served by`}
                  value={mapping[group]}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                  onChange={(event) => void tools.map(group, event.target.value)}
                >
                  <option value="sandbox">Sandbox</option>
                  {tools.choices(group).map((system) => (
                    <option key={system.name} value={system.name}>
                      {system.label}
                    </option>
                  ))}
                </select>
                {error && (
                  <p id={errorId} role="alert" className="field-error">
                    {error}
                  </p>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
