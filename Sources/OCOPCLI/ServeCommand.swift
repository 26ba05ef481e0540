import ArgumentParser
import CatalogueKit
import FlyingFox
import FlyingSocks
import Foundation

/// `ocop serve`: the editor's preview. Builds into a private folder (never `public/`), serves it
/// on 127.0.0.1, rebuilds when content/ or templates/ change and reloads the open tab; a broken
/// build shows its diagnostics in the browser until the next good save.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site on 127.0.0.1, rebuilding and reloading the browser on every change.",
        discussion: """
        The site is built into a private temporary folder, removed on Ctrl-C; public/ is not touched. \
        Only the served pages carry the live-reload script. Exit status: 0 when stopped with Ctrl-C \
        or SIGTERM, 1 when the port cannot be used.
        """)

    @OptionGroup var project: ProjectOptions

    @Option(help: ArgumentHelp("The port on 127.0.0.1; 0 picks a free one.", valueName: "port"))
    var port: UInt16 = 8080

    private enum Event: Sendable {
        case listening
        case stopped((any Error)?)
        case signal(Int32)
    }

    func run() async throws {
        let site = project.project
        let options = BuildOptions(asOf: try project.resolvedAsOf())
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let builder = ServeBuilder(project: site, output: folder.appendingPathComponent("site"), options: options)
        let state = ServeState()
        let watcher = SourceWatcher(root: site.root, folders: ["content", "templates"])
        // Listening from the start: a Ctrl-C during the first build still removes the folder.
        let (events, continuation) = AsyncStream<Event>.makeStream()
        let signals = SignalEvents([SIGINT, SIGTERM]) { continuation.yield(.signal($0)) }
        let before = watcher.scan()
        Self.say("building into \(builder.output.path) (removed when serve stops)")
        Self.build(builder, state, changed: [])

        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), timeout: 15, logger: .disabled,
                                handler: SiteHandler(folder: builder.output, state: state))
        let serving = Task {
            do {
                try await server.run()
                continuation.yield(.stopped(nil))
            } catch {
                continuation.yield(.stopped(error))
            }
        }
        Task {
            if (try? await server.waitUntilListening(timeout: 30)) != nil { continuation.yield(.listening) }
        }
        defer {
            watcher.stop()
            serving.cancel()
            withExtendedLifetime(signals) {}
        }
        for await event in events {
            switch event {
            case .listening:
                var actual = port
                if case .ip4(_, let bound)? = await server.listeningAddress { actual = bound }
                Self.say("serving http://127.0.0.1:\(actual)/ (watching content/ and templates/; Ctrl-C to stop)")
                watcher.start(from: before) { changed in Self.build(builder, state, changed: changed) }
            case .stopped(let error):
                if case SocketError.failed(_, let number, _)? = error, number == EADDRINUSE {
                    DiagnosticPrinter.write("error: port \(port) is already in use; try --port \(port == UInt16.max ? 8080 : port + 1)\n", to: .standardError)
                } else {
                    DiagnosticPrinter.write("error: cannot serve on 127.0.0.1:\(port): \(error.map { "\($0.localizedDescription)" } ?? "the server stopped")\n", to: .standardError)
                }
                throw ExitCode(1)
            case .signal:
                Self.say("stopping")
                return
            }
        }
    }

    /// One build through the seam, recorded for the browser and reported on the terminal.
    static func build(_ builder: ServeBuilder, _ state: ServeState, changed: Set<String>) {
        let result = builder.rebuild(changed: changed)
        state.record(result)
        let cause = changed.isEmpty ? "" : changed.count == 1 ? " (\(changed.first!) changed)" : " (\(changed.count) files changed)"
        if result.diagnostics.hasErrors {
            DiagnosticPrinter().print(DiagnosticList(result.diagnostics.items.filter { $0.severity == .error }))
            say("build failed with \(result.diagnostics.errorCount) error\(result.diagnostics.errorCount == 1 ? "" : "s")\(cause); the browser shows them until the next good save")
        } else {
            let warnings = result.diagnostics.warningCount
            say("built \(result.pagesWritten) pages for \(result.productCount) products in \(BuildCommand.milliseconds(result.timings.total))\(cause)"
                + (warnings > 0 ? "; \(warnings) warning\(warnings == 1 ? "" : "s") (see `ocop check`)" : ""))
        }
    }

    /// Straight to the file descriptor: a tool reading the URL from a pipe must not wait for a buffer.
    static func say(_ line: String) {
        DiagnosticPrinter.write(line + "\n", to: .standardOutput)
    }
}
