/** The CSS of the API docs page: the app's colours (renderer/src/styles.css), light and dark, no fonts fetched. */
export const DOCS_STYLE = `
:root { --bg: #f6f7f9; --surface: #fff; --surface-2: #eef1f5; --border: #e2e6ec; --text: #1c2430; --muted: #5f6b7a;
  --accent: #0f766e; --accent-soft: #e3f4f1; --danger: #c2362f; --warn: #b45309; color-scheme: light dark; }
@media (prefers-color-scheme: dark) { :root { --bg: #10151c; --surface: #171e27; --surface-2: #1f2833;
  --border: #2b3644; --text: #e6ebf1; --muted: #93a1b3; --accent: #2bb3a3; --accent-soft: #12332f; } }
* { box-sizing: border-box; }
body { margin: 0; display: flex; background: var(--bg); color: var(--text); font-size: 14px; line-height: 1.5;
  font-family: Inter, 'Segoe UI', system-ui, -apple-system, 'DejaVu Sans', sans-serif; }
nav { position: sticky; top: 0; height: 100vh; overflow-y: auto; width: 220px; flex: none; padding: 20px 16px;
  background: var(--surface); border-right: 1px solid var(--border); }
nav ul { list-style: none; padding: 0; margin: 12px 0; }
nav li a { display: block; padding: 4px 8px; border-radius: 6px; }
nav li a:hover { background: var(--accent-soft); }
a { color: var(--accent); text-decoration: none; }
main { flex: 1; min-width: 0; max-width: 1100px; padding: 24px 32px 64px; }
h1 small { color: var(--muted); font-weight: normal; font-size: 14px; }
h2 { margin-top: 40px; border-bottom: 1px solid var(--border); padding-bottom: 6px; }
h4 { margin: 14px 0 6px; font-size: 13px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.route { background: var(--surface); border: 1px solid var(--border); border-radius: 10px; padding: 4px 18px 14px;
  margin: 14px 0; box-shadow: 0 1px 2px rgb(16 24 40 / 6%); }
.route h3 { font-size: 15px; }
.method { display: inline-block; min-width: 64px; text-align: center; border-radius: 6px; padding: 2px 8px;
  font-size: 12px; font-weight: 700; color: #fff; background: var(--accent); }
.method.post { background: #2563eb; } .method.put, .method.patch { background: var(--warn); }
.method.delete { background: var(--danger); }
code, pre { font-family: 'JetBrains Mono', 'DejaVu Sans Mono', monospace; font-size: 12.5px; }
code { background: var(--surface-2); padding: 1px 5px; border-radius: 4px; }
pre { background: var(--surface-2); padding: 10px 12px; border-radius: 8px; overflow-x: auto; margin: 4px 0; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--border); vertical-align: top; }
.responses { list-style: none; padding: 0; margin: 0; }
.responses li { margin: 4px 0; }
.status { display: inline-block; min-width: 56px; font-weight: 700; color: var(--muted); }
.status.ok { color: var(--accent); }
.muted, .intro { color: var(--muted); }
`;
