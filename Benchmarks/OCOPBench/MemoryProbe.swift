import Foundation

/// What this machine charges for memory a program has not touched before. On a virtual machine
/// whose host takes back the guest's free memory (free page reporting, ballooning), the first
/// touch of such a page waits for the host to back it: on the machines these benches ran on,
/// 9–21 µs per 4 KiB page against about 1.3 µs for a page the guest freed a moment ago. A
/// build touches fresh pages for every byte it writes (the page cache), every file and folder it
/// makes and its own heap, so when this cost is high it is most of the kernel's share of a build; it
/// drifts with the host's load. The bench prints it so a run's figures can be read against it.
enum MemoryProbe {
    /// Seconds to wait before and after measuring (see `measure`).
    static let pause: TimeInterval = 5

    struct Cost {
        /// Microseconds per 4 KiB page, on first touch of memory not used for a while.
        var fresh: Double
        /// The same, for memory freed by this process just before.
        var reused: Double

        var text: String {
            String(format: "%.1f µs per 4 KiB page touched for the first time (%.1f µs for memory freed a moment before)", fresh, reused)
        }
    }

    /// Measures in a child process (`ocop-bench --memory-probe`): a child started with
    /// posix_spawn reports the peak memory of the process that started it as its own, so
    /// touching memory here would inflate every later build's peak.
    /// Waits a few seconds first and after: memory freed a moment before is still backed (the
    /// guest reports free memory to its host after a delay), which would make the first figure
    /// look cheap, and the memory the probe frees would make the next build's look cheap.
    static func measure(bench: String, in directory: URL) -> Cost? {
        Thread.sleep(forTimeInterval: pause)
        let run = Measurement.run([bench, "--memory-probe"], in: directory)
        Thread.sleep(forTimeInterval: pause)
        let figures = run.output.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
        guard run.status == 0, figures.count == 2 else { return nil }
        return Cost(fresh: figures[0], reused: figures[1])
    }

    /// Touches `mebibytes` of new memory a page at a time, frees it and touches it again;
    /// what `--memory-probe` prints.
    static func probe(mebibytes: Int = 256) -> String {
        let fresh = touch(bytes: mebibytes << 20)
        let reused = touch(bytes: mebibytes << 20)
        return "\(fresh) \(reused)"
    }

    /// Microseconds per page to write one byte into each page of a new anonymous mapping.
    private static func touch(bytes: Int) -> Double {
        let page = 4096
        guard let mapping = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
              mapping != MAP_FAILED else { return .nan }
        defer { munmap(mapping, bytes) }
        let base = mapping.assumingMemoryBound(to: UInt8.self)
        let start = DispatchTime.now().uptimeNanoseconds
        for offset in stride(from: 0, to: bytes, by: page) { base[offset] = 1 }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e3
        return elapsed / Double(bytes / page)
    }
}
