import Dispatch
import Foundation

/// Prints an HTML file to PDF with headless Chromium, honouring the page's `@page` rules.
public struct ChromiumPrinter: Sendable {
    /// Names Chromium goes by, in the order they are looked for on PATH.
    public static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
    /// What to tell someone who has no Chromium (Debian and Ubuntu package names).
    public static let installHint = "install it with: apt-get install chromium fonts-noto-core"

    public let executable: URL

    public init(executable: URL) { self.executable = executable }

    /// The first Chromium on `PATH`, if any.
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> ChromiumPrinter? {
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for name in names {
            for folder in folders {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return ChromiumPrinter(executable: candidate) }
            }
        }
        return nil
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Prints `html` to `pdf`, replacing it only once the new file is complete.
    public func print(_ html: URL, to pdf: URL, timeout: TimeInterval = 120) throws(Failure) {
        let fm = FileManager.default
        let staging = pdf.deletingLastPathComponent().appendingPathComponent(".\(pdf.lastPathComponent).printing-\(getpid())")
        // A profile of its own, so a Chromium already running (or another print) cannot lock it.
        let profile = fm.temporaryDirectory.appendingPathComponent("ocop-chromium-\(UUID().uuidString)")
        defer {
            try? fm.removeItem(at: staging)
            try? fm.removeItem(at: profile)
        }
        let arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--user-data-dir=\(profile.path)",
            "--no-pdf-header-footer", "--print-to-pdf=\(staging.path)", html.standardizedFileURL.absoluteString,
        ]
        let (status, output) = try run(arguments, timeout: timeout)
        guard status == 0, let head = fm.contents(atPath: staging.path)?.prefix(5), head.elementsEqual("%PDF-".utf8) else {
            let tail = output.split(separator: "\n").suffix(5).joined(separator: "\n")
            throw Failure(description: "\(executable.path) did not print a PDF (exit status \(status))" + (tail.isEmpty ? "" : ":\n\(tail)"))
        }
        guard rename(staging.path, pdf.path) == 0 else {
            throw Failure(description: "cannot write \(pdf.path): \(String(cString: strerror(errno)))")
        }
    }

    private func run(_ arguments: [String], timeout: TimeInterval) throws(Failure) -> (Int32, String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { throw Failure(description: "cannot run \(executable.path): \(error)") }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { if process.isRunning { process.terminate() } }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
