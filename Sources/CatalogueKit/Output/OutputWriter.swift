import Foundation

/// Writes a complete list of files as a new site, through `OutputStaging`: all or nothing.
public struct OutputWriter: Sendable {
    public let project: Project

    public init(project: Project) { self.project = project }

    /// Writes `files` and swaps them in.
    public func write(_ files: [OutputFile], timings: inout StageTimings) throws {
        var staging = try OutputStaging(project: project)
        do {
            try timings.measure("write") {
                try staging.makeDirectories(for: files.map(\.path))
                let staging = staging
                let failures = files.parallelMap { file -> OutputError? in
                    do throws(OutputError) {
                        switch file.content {
                        case .bytes(let bytes): try staging.write(bytes, to: file.path)
                        case .copy(let source): try staging.copy(from: source, to: file.path)
                        }
                        return nil
                    } catch {
                        return error
                    }
                }
                if let failure = failures.compactMap({ $0 }).first { throw failure }
            }
            try timings.measure("swap") { try staging.commit(manifest: files.map(\.path)) }
        } catch {
            staging.abandon()
            throw error
        }
    }
}

/// A file that could not be written, with the reason the system gave.
public struct OutputError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String
    public var description: String { "cannot write \(path): \(reason)" }
}
