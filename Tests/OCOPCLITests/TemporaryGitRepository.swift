import Foundation

/// A throwaway git repository holding a site, with commits on fixed dates so ids and days are stable.
struct TemporaryGitRepository {
    let site: TemporaryCopy

    init() throws {
        site = try TemporaryCopy(of: ["templates"])
        try git(["init", "-q"])
    }

    var root: URL { site.root }

    /// Commits everything, on `date` (ISO 8601 with an offset), by a fixed author.
    func commit(_ message: String, on date: String) throws {
        try git(["add", "-A"])
        try git(["commit", "-q", "-m", message], environment: ["GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date])
    }

    @discardableResult
    func git(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=ocop", "-c", "user.email=ocop@example.org", "-c", "commit.gpgsign=false"] + arguments
        process.currentDirectoryURL = root
        var env = ProcessInfo.processInfo.environment
        // The machine's own git settings must not change ids or refuse the commit.
        env["GIT_CONFIG_GLOBAL"] = "/dev/null"
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else { throw Failed(arguments: arguments, output: text) }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func remove() { site.remove() }

    struct Failed: Error { let arguments: [String], output: String }
}
