import Foundation
import Testing

/// `ocop serve` as an editor uses it: preview, save, see the change; break a page, see the
/// error in the browser; fix it, see the page again; Ctrl-C.
@Suite(.serialized) struct ServeCommandTests {
    static let page = "content/products/cam-3-tinh.md"
    static let reloadMark = "ocop serve: live reload"

    @Test func rebuildsOnSaveShowsErrorsInTheBrowserAndRecovers() throws {
        let site = try TemporaryCopy()
        defer { site.remove() }
        let serve = try ServeProcess(["--root", site.root.path, "--port", "0", "--as-of", "2026-11-29"])
        defer { if serve.process.isRunning { serve.process.terminate() } }
        let folder = try #require(serve.line(after: "building into ")?.components(separatedBy: " (").first, "\(serve.stdout)\n\(serve.stderr)")
        let address = try #require(serve.line(after: "serving http://127.0.0.1:"), "\(serve.stdout)\n\(serve.stderr)")
        let port = try #require(Int(address.prefix { $0.isNumber }))
        func get(_ path: String) throws -> ServeProcess.Response { try ServeProcess.get(path, port: port) }

        // The page, with the reload script; the built file and public/ never see it.
        let first = try get("/products/cam-3-tinh/")
        #expect(first.status == 200)
        #expect(first.headers["content-type"] == "text/html; charset=utf-8")
        #expect(first.body.contains("Cam 3 Tình"))
        #expect(first.body.contains(Self.reloadMark))
        let built = try String(contentsOfFile: folder + "/products/cam-3-tinh/index.html", encoding: .utf8)
        #expect(built.contains("Cam 3 Tình") && !built.contains(Self.reloadMark))
        #expect(!FileManager.default.fileExists(atPath: site.url("public").path))
        #expect(try get("/products/cam-3-tinh").status == 301)
        #expect(try get("/products/cam-3-tinh").headers["location"] == "/products/cam-3-tinh/")
        #expect(try get("/assets/style.css").headers["content-type"] == "text/css; charset=utf-8")
        let missing = try get("/khong-co/")
        #expect(missing.status == 404 && missing.body.contains(Self.reloadMark))

        // A save is rebuilt and served.
        try site.edit(Self.page, replacing: "name: \"Cam 3 Tình\"", with: "name: \"Cam sành 3 Tình\"")
        #expect(try ServeProcess.eventually { try get("/products/cam-3-tinh/").body.contains("Cam sành 3 Tình") }, "\(serve.stdout)")
        // The build number moves on just after the new files are in place.
        #expect(try ServeProcess.eventually { Int(try get("/__ocop/reload?v=0").body).map { $0 >= 2 } == true })

        // A broken save: the browser gets the diagnostics, escaped; other files stay served.
        try site.edit(Self.page, replacing: "stars: 3", with: "stars: <b>3")
        #expect(try ServeProcess.eventually { try get("/products/cam-3-tinh/").status == 500 }, "\(serve.stdout)")
        let broken = try get("/products/cam-3-tinh/")
        #expect(broken.body.contains("content/products/cam-3-tinh.md:7:8: error: &#39;stars&#39; must be a whole number"))
        #expect(broken.body.contains("[field.type]"))
        #expect(broken.body.contains(" 7 | stars: &lt;b&gt;3"))
        #expect(!broken.body.contains("<b>3"))
        #expect(broken.body.contains(Self.reloadMark))
        #expect(try get("/").status == 500)
        #expect(try get("/assets/style.css").status == 200)
        #expect(serve.stderr.contains("content/products/cam-3-tinh.md:7:8: error:"))

        // Fixed: the page is back.
        try site.edit(Self.page, replacing: "stars: <b>3", with: "stars: 3")
        #expect(try ServeProcess.eventually {
            let page = try get("/products/cam-3-tinh/")
            return page.status == 200 && page.body.contains("Cam sành 3 Tình")
        }, "\(serve.stdout)")

        // The port is taken now: a second server says so and which port to try.
        let taken = try OCOPBinary.run(["serve", "--root", site.root.path, "--port", String(port), "--as-of", "2026-11-29"])
        #expect(taken.status == 1)
        #expect(taken.stderr.contains("error: port \(port) is already in use; try --port \(port + 1)"))

        // Ctrl-C: a clean stop, and the private folder is gone.
        #expect(serve.stop(SIGINT) == 0)
        #expect(serve.stdout.hasSuffix("stopping\n"))
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test func sigtermStopsCleanlyToo() throws {
        let site = try TemporaryCopy()
        defer { site.remove() }
        let serve = try ServeProcess(["--root", site.root.path, "--port", "0", "--as-of", "2026-11-29"])
        defer { if serve.process.isRunning { serve.process.terminate() } }
        #expect(serve.line(after: "serving http://127.0.0.1:") != nil, "\(serve.stderr)")
        #expect(serve.stop(SIGTERM) == 0)
    }
}
