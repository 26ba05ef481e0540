import ArgumentParser
import CatalogueKit
import Foundation

/// Options every subcommand that reads a site shares.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site's folder (holding content/ and templates/).", valueName: "dir"))
    var root: String = "."

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Judge certificates as of this day (YYYY-MM-DD). Defaults to SOURCE_DATE_EPOCH, else today.", valueName: "date"))
    var asOf: String?

    func validate() throws {
        if let asOf, LocalDate(iso: asOf) == nil {
            throw ValidationError("--as-of must be a date YYYY-MM-DD, got '\(asOf)'")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("--root '\(root)' is not a folder")
        }
    }

    var project: Project { Project(root: URL(fileURLWithPath: root, isDirectory: true)) }

    /// `--as-of`, else `SOURCE_DATE_EPOCH` (as a UTC day, per reproducible-builds.org), else today in Việt Nam.
    func resolvedAsOf(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> LocalDate {
        if let asOf, let date = LocalDate(iso: asOf) { return date }
        if let epoch = environment["SOURCE_DATE_EPOCH"] {
            guard let seconds = Int(epoch) else { throw ValidationError("SOURCE_DATE_EPOCH must be a number of seconds, got '\(epoch)'") }
            return LocalDate(daysSinceEpoch: Int((Double(seconds) / 86_400).rounded(.down)))
        }
        let vietnam = TimeZone(identifier: "Asia/Ho_Chi_Minh")!
        let seconds = Date().timeIntervalSince1970 + Double(vietnam.secondsFromGMT())
        return LocalDate(daysSinceEpoch: Int((seconds / 86_400).rounded(.down)))
    }
}
