import Foundation

/// One run of a command: wall time, CPU time (user and system) and peak memory, from `wait4`.
struct Measurement {
    var wall: Double
    /// CPU time in the program itself.
    var user: Double
    /// CPU time in the kernel on the program's behalf: making files, copying into the page cache,
    /// first touches of fresh memory.
    var system: Double
    var peakMiB: Double
    var status: Int32
    var output: String

    var cpu: Double { user + system }

    /// Runs `arguments[0]` with the rest, in `directory`, capturing stdout and stderr into a file.
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) -> Measurement {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-bench-\(getpid()).log")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, log.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "SOURCE_DATE_EPOCH")
        env.merge(environment) { $1 }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        // The bench is single-threaded: the child inherits this working directory.
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(directory.path)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp) == 0 else {
            return Measurement(wall: 0, user: 0, system: 0, peakMiB: 0, status: -1, output: "cannot start \(arguments[0])")
        }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: log)
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Measurement(wall: wall, user: user, system: system, peakMiB: Double(usage.ru_maxrss) / 1024, status: exit, output: output)
    }
}

/// Median, minimum and maximum of a few runs, as the report prints them.
struct Summary {
    let values: [Double]

    var median: Double {
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    var min: Double { values.min() ?? 0 }
    var max: Double { values.max() ?? 0 }

    func text(_ unit: String, digits: Int = 2) -> String {
        let f = "%.\(digits)f"
        return "\(String(format: f, median)) \(unit) (min \(String(format: f, min)), max \(String(format: f, max)))"
    }
}
