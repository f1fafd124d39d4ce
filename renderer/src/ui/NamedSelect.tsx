/** A select over things with an id and a name (templates, item types…). */
export function NamedSelect({ id, value, options, onChange }: { id: string; value: string; options: readonly { id: string; name: string }[]; onChange(id: string): void }) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </select>
  );
}
