import Foundation

/// Runs the `git` on the PATH, reading its output without ever filling a pipe.
enum Git {
    struct Output {
        var status: Int32
        var stdout: Data
        var stderr: String
        var text: String { String(decoding: stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    static func run(_ arguments: [String], in directory: URL, input: Data? = nil) throws(GitError) -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        // Never wait on a prompt, and read messages in one language.
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["LC_ALL"] = "C"
        process.environment = environment
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input == nil ? FileHandle.nullDevice : inPipe
        do {
            try process.run()
        } catch {
            throw .notInstalled
        }
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        if let input {
            let writer = inPipe.fileHandleForWriting
            group.enter()
            DispatchQueue.global().async {
                try? writer.write(contentsOf: input)
                try? writer.close()
                group.leave()
            }
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        // `env` answers 127 when there is no git to run.
        if process.terminationStatus == 127 { throw .notInstalled }
        return Output(status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// Why the old side of `ocop diff` could not be read.
public enum GitError: Error, Equatable, CustomStringConvertible {
    case notInstalled
    case notARepository(String)
    case unknownRevision(String)
    case failed(String)

    public var description: String {
        switch self {
        case .notInstalled: "git is not installed, and ocop diff reads old revisions through it"
        case .notARepository(let path): "\(path) is not inside a git repository"
        case .unknownRevision(let revision): "'\(revision)' is not a commit of this repository (try a branch, a tag or a commit id; in CI, fetch with fetch-depth: 0)"
        case .failed(let message): message
        }
    }
}
