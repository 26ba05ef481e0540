import Dispatch
import Foundation
import Templating

// Renders a realistic product page 10,000 times per round, 5 rounds, and prints the
// median throughput; then the same work spread over every core. Run in release:
//     swift run -c release ocop-bench-templates

let pagesPerRound = 10_000
let rounds = 5
let library = try TemplateLibrary(sources: BenchTemplates.all)
let data = BenchData.product
let page = try library.render("product", data, strict: true)
let cores = ProcessInfo.processInfo.activeProcessorCount
if CommandLine.arguments.contains("--print") { print(page) }
print("page: \(page.utf8.count) bytes, description \(BenchData.product.descriptionBytes) bytes, \(cores) cores")

/// Seconds taken by `body`.
func measure(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double {
    values.sorted()[values.count / 2]
}

// One warm-up round, not counted.
for _ in 0..<1_000 { _ = try library.render("product", data) }

var single: [Double] = []
for round in 1...rounds {
    var bytes = 0
    let seconds = try measure {
        for _ in 0..<pagesPerRound { bytes += try library.renderBytes("product", data).count }
    }
    single.append(seconds)
    print(String(format: "round %d, one thread: %8.0f pages/s  %7.1f ms per %d pages (%d MB)",
                 round, Double(pagesPerRound) / seconds, seconds * 1000, pagesPerRound, bytes >> 20))
}

// Every core, two ways, alternating: all threads rendering from one library and one data tree,
// and each thread from replicas of its own (`TemplateLibrary.replica`, as `ocop build` does).
let replicas = (0..<cores).map { _ in (library: library.replica(), data: data.replica()) }
var parallel: [Double] = []
var replicated: [Double] = []
for _ in 1...rounds {
    parallel.append(measure {
        DispatchQueue.concurrentPerform(iterations: cores) { worker in
            let share = pagesPerRound / cores + (worker < pagesPerRound % cores ? 1 : 0)
            for _ in 0..<share { _ = try? library.renderBytes("product", data) }
        }
    })
    replicated.append(measure {
        DispatchQueue.concurrentPerform(iterations: cores) { worker in
            let share = pagesPerRound / cores + (worker < pagesPerRound % cores ? 1 : 0)
            let own = replicas[worker]
            for _ in 0..<share { _ = try? own.library.renderBytes("product", own.data) }
        }
    })
}

let oneThread = median(single)
let allCores = median(parallel)
let allReplicas = median(replicated)
print(String(format: "median, one thread: %.0f pages/s, %.1f ms per %d pages",
             Double(pagesPerRound) / oneThread, oneThread * 1000, pagesPerRound))
print(String(format: "median, %d cores, one library:     %.0f pages/s, %.1f ms per %d pages (%.2fx)",
             cores, Double(pagesPerRound) / allCores, allCores * 1000, pagesPerRound, oneThread / allCores))
print(String(format: "median, %d cores, replica per core: %.0f pages/s, %.1f ms per %d pages (%.2fx)",
             cores, Double(pagesPerRound) / allReplicas, allReplicas * 1000, pagesPerRound, oneThread / allReplicas))
