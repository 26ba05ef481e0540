import Foundation

/// Whether the system has a font that draws Vietnamese: without one, Chromium prints the
/// diacritics as boxes or falls back letter by letter.
public enum VietnameseFonts {
    /// What to install on Debian or Ubuntu when none is found.
    public static let installHint = "install one with: apt-get install fonts-noto-core (or fonts-dejavu-core)"

    /// Font families fontconfig says cover Vietnamese, sorted; nil when `fc-list` is not there to ask.
    public static func installed(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String]? {
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard let tool = folders.map({ URL(fileURLWithPath: String($0)).appendingPathComponent("fc-list") })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else { return nil }
        let process = Process()
        process.executableURL = tool
        process.arguments = [":lang=vi", "family"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let families = String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { $0.split(separator: ",").first.map(String.init) }
        return Array(Set(families)).sorted()
    }
}
