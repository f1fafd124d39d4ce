/**
 * Valid, unique XML ids (NCName) for BPMN elements: a letter-led prefix, then the Stroomlijn id with
 * every character an NCName cannot hold replaced. A UUID ("3f0c…") or any other id exports.
 */
export class XmlIds {
  private readonly used = new Set<string>();

  make(prefix: string, id = ''): string {
    const tail = id.replace(/[^A-Za-z0-9_.-]/g, '_');
    const base = tail ? `${prefix}_${tail}` : prefix;
    let candidate = base;
    for (let n = 2; this.used.has(candidate); n++) candidate = `${base}_${n}`;
    this.used.add(candidate);
    return candidate;
  }
}
