import Foundation

/// Looks at a built site as a browser and a feed reader would, with real parsers (CPython's
/// `html.parser`, `xml.etree` and `json`), not substring searches: a `<script>` that the
/// parser sees as text is harmless, one it sees as an element is not.
enum HTMLAudit {
    /// Every problem found under `folder`, one line each; empty when the site is clean.
    /// Needs `python3` (installed with `make test-deps`; on CI machines it is always there).
    static func findings(in folder: URL) throws -> [String] {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-audit-\(UUID().uuidString).py")
        try Data(source.utf8).write(to: script)
        defer { try? FileManager.default.removeItem(at: script) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, folder.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let output = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else { throw Failed(output: output) }
        return output.split(separator: "\n").map(String.init)
    }

    struct Failed: Error, CustomStringConvertible {
        let output: String
        var description: String { "the HTML audit could not run (is python3 installed?):\n\(output)" }
    }

    static let source = #"""
    import html, json, os, re, sys
    from html.parser import HTMLParser
    import xml.etree.ElementTree as ET

    URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "cite", "data", "background"}
    DANGEROUS = re.compile(r"^(javascript|vbscript|data|file):", re.I)
    # An <img> never runs what it shows, SVG included (browsers load it in secure static mode).
    SAFE_DATA = re.compile(r"^data:image/(png|gif|jpeg|webp|svg\+xml);", re.I)
    FORBIDDEN = {"iframe", "object", "embed", "base", "form", "frame", "frameset", "applet"}
    findings = []

    class Audit(HTMLParser):
        def __init__(self, path):
            super().__init__(convert_charrefs=True)
            self.path, self.in_script, self.script_type, self.script = path, False, None, ""
        def report(self, what):
            line, column = self.getpos()
            findings.append(f"{self.path}:{line}:{column + 1}: {what}")
        def handle_starttag(self, tag, attrs):
            if tag in FORBIDDEN:
                self.report(f"<{tag}> element")
            for name, value in attrs:
                if name.startswith("on"):
                    self.report(f"event handler attribute {name}={value!r} on <{tag}>")
                if name in URL_ATTRIBUTES and value is not None:
                    cleaned = re.sub(r"[\x00-\x20]", "", value)
                    if DANGEROUS.match(cleaned) and not (name == "src" and SAFE_DATA.match(cleaned)):
                        self.report(f"<{tag} {name}={value!r}> runs code")
                if tag == "meta" and name == "http-equiv" and value and value.lower() == "refresh":
                    self.report("<meta http-equiv=refresh>")
            if tag == "script":
                kind = dict(attrs).get("type")
                if kind != "application/ld+json":
                    self.report(f"<script type={kind!r}> element")
                self.in_script, self.script_type, self.script = True, kind, ""
        def handle_startendtag(self, tag, attrs):
            self.handle_starttag(tag, attrs)
        def handle_endtag(self, tag):
            if tag == "script" and self.in_script:
                self.in_script = False
                if self.script_type == "application/ld+json":
                    try:
                        json.loads(self.script)
                    except ValueError as error:
                        self.report(f"JSON-LD does not parse: {error}")
        def handle_data(self, data):
            if self.in_script:
                self.script += data

    root = sys.argv[1]
    for folder, _, files in os.walk(root):
        for name in sorted(files):
            path = os.path.join(folder, name)
            shown = os.path.relpath(path, root)
            if name.endswith(".html"):
                with open(path, encoding="utf-8") as f:
                    audit = Audit(shown)
                    audit.feed(f.read())
                    audit.close()
            elif name.endswith(".xml") or name.endswith(".svg"):
                try:
                    tree = ET.parse(path)
                except ET.ParseError as error:
                    findings.append(f"{shown}: not well-formed XML: {error}")
                    continue
                for element in tree.iter():
                    local = element.tag.rsplit("}", 1)[-1]
                    if local == "script":
                        findings.append(f"{shown}: <script> element")
                    for attribute in element.attrib:
                        if attribute.rsplit("}", 1)[-1].startswith("on"):
                            findings.append(f"{shown}: event handler attribute {attribute}")
            elif name.endswith(".json"):
                try:
                    with open(path, encoding="utf-8") as f:
                        json.load(f)
                except ValueError as error:
                    findings.append(f"{shown}: not valid JSON: {error}")
    print("\n".join(findings))
    """#
}
