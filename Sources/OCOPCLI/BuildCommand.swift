import ArgumentParser
import CatalogueKit
import Foundation

/// `ocop build`: the checked catalogue, rendered into `public/` and swapped in atomically.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the catalogue site into public/ (replaced atomically, or not at all).")

    @OptionGroup var project: ProjectOptions

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Output folder.", valueName: "dir"))
    var output: String?

    @Flag(help: "Replace the output folder even if it holds files ocop did not write.")
    var force = false

    @Flag(name: .shortAndLong, help: "Print nothing but diagnostics.")
    var quiet = false

    @Flag(help: "Print the time of each stage.")
    var timings = false

    @Flag(name: .customLong("no-cache"), help: "Ignore .ocop-cache/: read, validate and render everything (the cache of this output folder is dropped, as the output no longer matches it).")
    var noCache = false

    @Flag(name: .customLong("warnings-as-errors"), help: "Treat warnings as errors.")
    var warningsAsErrors = false

    func run() throws {
        var target = project.project
        if let output { target.outputDirectory = URL(fileURLWithPath: output, isDirectory: true).standardizedFileURL }
        let options = BuildOptions(asOf: try project.resolvedAsOf(), warningsAsErrors: warningsAsErrors)
        let quiet = self.quiet
        let result = Pipeline(project: target, options: options).build(force: force, useCache: !noCache) { stage, seconds in
            if !quiet { print("\(stage.padding(toLength: 9, withPad: " ", startingAt: 0)) \(Self.milliseconds(seconds))") }
        }
        let printer = DiagnosticPrinter(warningsPerCode: 5)
        printer.print(result.diagnostics)
        if timings { TimingsReport.lines(result.timings).forEach { print($0) } }
        if result.diagnostics.hasErrors {
            printer.summary(DiagnosticFormatter.summary(command: "build", products: result.productCount, diagnostics: result.diagnostics)
                            + "; nothing written, \(target.relativePath(target.outputDirectory))/ left as it was")
            throw ExitCode(1)
        }
        if !quiet {
            let megabytes = Double(result.bytesWritten) / 1_048_576
            let reused = result.filesReused > 0 ? ", \(result.filesReused) unchanged" : ""
            print("wrote \(result.pagesWritten) pages (\(result.filesWritten) files\(reused), \(String(format: "%.1f", megabytes)) MB new) for \(result.productCount) products to \(target.relativePath(target.outputDirectory))/ in \(Self.milliseconds(result.timings.total))")
        }
        if !result.diagnostics.isEmpty {
            printer.summary(DiagnosticFormatter.summary(command: "build", products: result.productCount, diagnostics: result.diagnostics))
        }
    }

    static func milliseconds(_ seconds: Double) -> String { TimingsReport.milliseconds(seconds) }
}
