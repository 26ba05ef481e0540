import Foundation

/// Runs the benchmark protocol and prints the report: medians with min and max, ratios, and
/// each target as met or missed.
struct Bench {
    struct Settings {
        var ocop: String
        var sizes: [Int]
        var runs: Int
        var seed: UInt64
        var work: URL
        var templates: URL
        var hugoSite: URL
        /// This program, run again for each writing floor.
        var bench: String
        /// Whether to wait out the file system's memory of the last deletion (BenchTrash).
        var settle = true
    }

    let settings: Settings
    var trash: BenchTrash { BenchTrash(work: settings.work) }
    static let asOf = "2026-11-29"

    func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Builds every size cold several times, in rounds: each round builds each size once and
    /// writes each writing floor once and checks the largest once, so the ratios of the targets
    /// compare runs made side by side, not minutes apart on a shared machine whose disk drifts.
    /// Every output stays on disk until the end, but leaves the page cache once measured (see
    /// PageCache); rounds still alternate the order of sizes, the largest first in the odd ones,
    /// so that neither size always follows the other. Then an edit-and-rebuild at 10k.
    func run() -> Bool {
        say("ocop benchmark: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(settings.runs) runs per figure, seed \(settings.seed)")
        var sites: [Int: BenchSite] = [:]
        defer {
            sites.values.forEach { $0.discardColdOutputs() }
            trash.empty()
        }
        for size in settings.sizes {
            guard let site = try? BenchSite.prepare(products: size, seed: settings.seed, work: settings.work, templates: settings.templates, trash: trash) else {
                say("cannot generate the \(size)-product catalogue"); return false
            }
            site.clean()
            site.discardColdOutputs()
            sites[size] = site
        }
        settle()
        say("memory: \(memoryCost())")
        let ten = settings.sizes.first(where: { $0 == 10_000 }) ?? settings.sizes.last
        let big = settings.sizes.max().flatMap { $0 >= 20_000 ? $0 : nil }
        let floorSizes = Set([ten, big].compactMap { $0 })
        var builds: [Int: [Measurement]] = [:], floorRuns: [Int: [Double]] = [:], checks: [Measurement] = []
        for run in 0..<settings.runs {
            for size in run % 2 == 0 ? settings.sizes : settings.sizes.reversed() {
                guard let site = sites[size] else { continue }
                sync()
                let m = Measurement.run([settings.ocop, "build", "--as-of", Self.asOf, "--no-cache", "-q", "-o", site.coldOutput(run).path], in: site.root)
                guard m.status == 0 else { say("ocop build failed on \(size) products:\n\(m.output.suffix(2000))"); return false }
                builds[size, default: []].append(m)
                PageCache.evict(site.coldOutput(run))
                if floorSizes.contains(size) {
                    sync()
                    guard let seconds = writingFloor(copying: site.coldOutput(0), into: site.coldOutput(run, "floor")) else { return false }
                    floorRuns[size, default: []].append(seconds)
                    // The floor read the first build's output back into the cache.
                    PageCache.evict(site.coldOutput(run, "floor"))
                    PageCache.evict(site.coldOutput(0))
                }
                if size == big {
                    checks.append(Measurement.run([settings.ocop, "check", "--as-of", Self.asOf, "--no-cache"], in: site.root))
                }
            }
        }
        say("memory after the builds: \(memoryCost())")
        var walls: [Int: Summary] = [:], peaks: [Int: Summary] = [:], floors: [Int: Summary] = [:]
        var users: [Int: Summary] = [:], systems: [Int: Summary] = [:], pageCounts: [Int: Int] = [:]
        for size in settings.sizes {
            guard let runs = builds[size], let site = sites[size] else { continue }
            let pages = site.pageCount(site.coldOutput(0))
            pageCounts[size] = pages
            let wall = Summary(values: runs.map(\.wall)), cpu = Summary(values: runs.map(\.cpu)), peak = Summary(values: runs.map(\.peakMiB))
            let user = Summary(values: runs.map(\.user)), system = Summary(values: runs.map(\.system))
            walls[size] = wall
            peaks[size] = peak
            users[size] = user
            systems[size] = system
            say("\nbuild, \(size) products (\(pages) pages), cold output, no cache:")
            say("  wall  \(wall.text("s"))")
            say("  cpu   \(cpu.text("s"))")
            say("    user   \(user.text("s")), in ocop")
            say("    system \(system.text("s")), in the kernel for ocop")
            say("  pages/s \(Int(Double(pages) / wall.median))")
            say("  peak  \(peak.text("MiB", digits: 0))")
            if let runs = floorRuns[size] {
                let floor = Summary(values: runs)
                floors[size] = floor
                say("  file-writing floor (one thread writing the same files, in the same rounds): \(floor.text("s")); the build is \(String(format: "%.2f", wall.median / floor.median)) × the floor")
            }
        }
        var failures = 0
        if let ten, let wall = walls[ten], let floor = floors[ten] {
            say("")
            failures += target("build \(ten) within twice the writing floor", wall.median / floor.median, limit: 2, unit: "× floor")
        }
        if let ten, let site = sites[ten] { failures += incremental(site, fullBuild: walls[ten]) }
        if let big, !checks.isEmpty {
            let check = Summary(values: checks.map(\.wall))
            say("\ncheck, \(big) products, no cache: \(check.text("s")), peak \(Summary(values: checks.map(\.peakMiB)).text("MiB", digits: 0))")
            if let build = walls[big] { failures += target("check \(big) under a third of the build", check.median / build.median, limit: 1.0 / 3, unit: "× build") }
            if let build = walls[big], let half = walls[big / 2] {
                failures += target("\(big) build under twice the \(big / 2) build", build.median / half.median, limit: 2, unit: "×")
                // The same ratio for the file system alone says how much of the growth is the disk's,
                // and ocop's own CPU time against the kernel's says which of the two grew.
                if let floor = floors[big], let halfFloor = floors[big / 2] {
                    say("  for comparison, the writing floor grows \(String(format: "%.2f", floor.median / halfFloor.median)) × from \(big / 2) to \(big)")
                }
                // Each round built both sizes minutes apart at most, so its own ratio shows how far
                // the machine's drift alone moves the target's figure; and the 20,000 catalogue has a
                // little more than twice the pages, so the time a page takes says whether growth is linear.
                if let bigRuns = builds[big], let halfRuns = builds[big / 2] {
                    let rounds = zip(bigRuns, halfRuns).map { $0.wall / $1.wall }
                    say("  round by round: \(rounds.map { String(format: "%.2f", $0) }.joined(separator: ", ")) ×")
                }
                if let pages = pageCounts[big], let halfPages = pageCounts[big / 2], halfPages > 0 {
                    let pageRatio = Double(pages) / Double(halfPages)
                    say("  pages grow \(String(format: "%.3f", pageRatio)) × (\(pages) / \(halfPages)); time per page \(String(format: "%.3f", build.median / half.median / pageRatio)) ×")
                }
                if let user = users[big], let halfUser = users[big / 2], let system = systems[big], let halfSystem = systems[big / 2] {
                    say("  CPU time in ocop grows \(String(format: "%.2f", user.median / halfUser.median)) ×, in the kernel \(String(format: "%.2f", system.median / halfSystem.median)) ×")
                }
            }
            if let peak = peaks[big] { failures += target("\(big) peak memory under 400 MiB", peak.median, limit: 400, unit: "MiB") }
        }
        say(failures == 0 ? "\nall targets met" : "\n\(failures) target(s) missed")
        return true
    }

    /// The writing floor, measured in a child process. It holds the whole site in memory, and
    /// posix_spawn shares this process's memory with a child until exec, so a child's peak would
    /// include this process's own peak: measured here, every later build would look as large.
    private func writingFloor(copying output: URL, into scratch: URL) -> Double? {
        let m = Measurement.run([settings.bench, "--write-floor", output.path, scratch.path], in: settings.work)
        guard m.status == 0, let seconds = Double(m.output.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            say("the writing floor could not be measured:\n\(m.output.suffix(2000))")
            return nil
        }
        return seconds
    }

    /// Edits one product's description and rebuilds, several times, then compares the output
    /// with a clean build of the same content.
    private func incremental(_ site: BenchSite, fullBuild: Summary?) -> Int {
        site.clean()
        _ = Measurement.run([settings.ocop, "build", "--as-of", Self.asOf, "-q"], in: site.root)
        _ = Measurement.run([settings.ocop, "build", "--as-of", Self.asOf, "-q"], in: site.root)
        let products = site.root.appendingPathComponent("content/products")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: products.path)) ?? []).sorted()
        var runs: [Measurement] = []
        // The edited pages get their text back afterwards, so every bench builds the same catalogue.
        var originals: [URL: String] = [:]
        defer { for (page, text) in originals { try? text.write(to: page, atomically: true, encoding: .utf8) } }
        for i in 0..<settings.runs {
            let page = products.appendingPathComponent(names[(i * 997) % names.count])
            if let text = try? String(contentsOf: page, encoding: .utf8) {
                if originals[page] == nil { originals[page] = text }
                try? (text + "\nĐã cập nhật lần \(i + 1).\n").write(to: page, atomically: true, encoding: .utf8)
            }
            let m = Measurement.run([settings.ocop, "build", "--as-of", Self.asOf, "-q"], in: site.root)
            guard m.status == 0 else { say("incremental build failed:\n\(m.output.suffix(2000))"); return 1 }
            runs.append(m)
        }
        let wall = Summary(values: runs.map(\.wall))
        say("\nrebuild after editing one product of \(site.products): \(wall.text("s")), cpu \(Summary(values: runs.map(\.cpu)).text("s"))")
        let clean = site.root.appendingPathComponent("clean")
        _ = Measurement.run([settings.ocop, "build", "--as-of", Self.asOf, "--no-cache", "-q", "-o", clean.path], in: site.root)
        let a = BenchSite.treeDigest(site.output), b = BenchSite.treeDigest(clean)
        let same = a == b
        say("  output \(same ? "identical to" : "DIFFERENT from") a clean build (\(a.files) files)")
        trash.discard(clean)
        return target("edit-and-rebuild under 0.5 s", wall.median, limit: 0.5, unit: "s") + (same ? 0 : 1)
    }

    /// Hugo and ocop on the same 10,000 products, alternating, cold each time.
    func compareWithHugo() -> Bool {
        let size = settings.sizes.first(where: { $0 == 10_000 }) ?? 10_000
        guard let site = try? BenchSite.prepare(products: size, seed: settings.seed, work: settings.work, templates: settings.templates, trash: trash) else { return false }
        defer { trash.empty() }
        let hugoRoot = settings.work.appendingPathComponent("hugo-\(size)")
        trash.discard(hugoRoot)
        do {
            try FileManager.default.copyItem(at: settings.hugoSite, to: hugoRoot)
            try FileManager.default.createDirectory(at: hugoRoot.appendingPathComponent("content"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: site.root.appendingPathComponent("content/products"), to: hugoRoot.appendingPathComponent("content/products"))
        } catch {
            say("cannot prepare the Hugo site: \(error)"); return false
        }
        let version = Measurement.run(["hugo", "version"], in: hugoRoot).output.trimmingCharacters(in: .whitespacesAndNewlines)
        say("ocop vs Hugo, \(size) products, \(settings.runs) alternating runs each, cold output\n  \(version)")
        var hugo: [Measurement] = [], ocop: [Measurement] = []
        site.clean()
        site.discardColdOutputs()
        settle()
        say("  memory: \(memoryCost())")
        for run in 0..<settings.runs {
            // Who goes first alternates, so neither always runs on the heels of the other: the
            // memory the run before it freed is what a run touches first. Each output leaves the
            // page cache once measured (see PageCache).
            for tool in run % 2 == 0 ? ["hugo", "ocop"] : ["ocop", "hugo"] {
                sync()
                if tool == "hugo" {
                    let output = hugoRoot.appendingPathComponent("out/run-\(run)")
                    let h = Measurement.run(["hugo", "--quiet", "-d", output.path], in: hugoRoot)
                    guard h.status == 0 else { say("hugo failed:\n\(h.output.suffix(2000))"); return false }
                    hugo.append(h)
                    PageCache.evict(output)
                } else {
                    let o = Measurement.run([settings.ocop, "build", "--as-of", Self.asOf, "--no-cache", "-q", "-o", site.coldOutput(run).path], in: site.root)
                    guard o.status == 0 else { say("ocop failed:\n\(o.output.suffix(2000))"); return false }
                    ocop.append(o)
                    PageCache.evict(site.coldOutput(run))
                }
            }
        }
        say("  memory after the builds: \(memoryCost())")
        let hugoPages = FileManager.default.enumerator(atPath: hugoRoot.appendingPathComponent("out/run-0").path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".html") }.count ?? 0
        let ocopPages = site.pageCount(site.coldOutput(0))
        site.discardColdOutputs()
        trash.discard(hugoRoot.appendingPathComponent("out"))
        for (name, runs, pages) in [("hugo", hugo, hugoPages), ("ocop", ocop, ocopPages)] {
            say("  \(name): wall \(Summary(values: runs.map(\.wall)).text("s")), cpu \(Summary(values: runs.map(\.cpu)).text("s")) (user \(String(format: "%.2f", Summary(values: runs.map(\.user)).median)), system \(String(format: "%.2f", Summary(values: runs.map(\.system)).median))), peak \(Summary(values: runs.map(\.peakMiB)).text("MiB", digits: 0)), \(pages) pages")
        }
        let ratio = Summary(values: ocop.map(\.wall)).median / Summary(values: hugo.map(\.wall)).median
        let failures = target("ocop at most a quarter of Hugo's wall time", ratio, limit: 0.25, unit: "× Hugo")
        say(failures == 0 ? "target met" : "target missed")
        return true
    }

    /// The machine's price of fresh memory just now (see MemoryProbe).
    private func memoryCost() -> String {
        MemoryProbe.measure(bench: settings.bench, in: settings.work)?.text ?? "could not be measured"
    }

    /// Waits out the file system's memory of the last bench's deletion (see BenchTrash).
    private func settle() {
        let wait = settings.settle ? trash.settleTime() : 0
        guard wait > 0 else { return }
        say("waiting \(Int(wait.rounded(.up))) s before measuring: the last bench deleted its folders less than \(Int(BenchTrash.memory / 60)) minutes ago, and this disk (ext4 without a journal) makes new files pay for recently freed inodes until then (--no-settle skips the wait)")
        Thread.sleep(forTimeInterval: wait)
    }

    /// Prints a target line; returns 1 when missed.
    private func target(_ name: String, _ value: Double, limit: Double, unit: String) -> Int {
        let met = value <= limit
        // A value that rounds to the limit is shown to four places, so "2.00" never hides which side it fell on.
        let shown = String(format: "%.2f", value) == String(format: "%.2f", limit) ? String(format: "%.4f", value) : String(format: "%.2f", value)
        say("  [\(met ? "met" : "MISSED")] \(name): \(shown) \(unit) (limit \(String(format: "%.2f", limit)))")
        return met ? 0 : 1
    }
}
