import Foundation

/// The script `ocop serve` adds to every HTML page it sends, and never to the built files: it
/// long-polls the server and reloads the tab when a build (good or bad) has finished.
enum LiveReload {
    static let path = "/__ocop/reload"

    /// How long the server holds a poll open; below FlyingFox's 15-second request timeout.
    static let holdSeconds: Double = 10

    static func script(version: Int) -> String {
        """
        <script>/* ocop serve: live reload */(function (v) {
          function poll() {
            fetch("\(path)?v=" + v, {cache: "no-store"}).then(function (r) { return r.text(); }).then(function (t) {
              if (t.trim() !== String(v)) { location.reload(); } else { poll(); }
            }, function () { setTimeout(poll, 1000); });
          }
          poll();
        })(\(version));</script>

        """
    }

    /// The page with the script before its last `</body>`, or at its end.
    static func inject(into html: String, version: Int) -> String {
        let script = script(version: version)
        guard let range = html.range(of: "</body>", options: [.caseInsensitive, .backwards]) else { return html + script }
        return html.replacingCharacters(in: range.lowerBound..<range.lowerBound, with: script)
    }
}
