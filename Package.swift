// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ocop",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "ocop", targets: ["ocop"]),
        .library(name: "Templating", targets: ["Templating"]),
        .library(name: "CatalogueKit", targets: ["CatalogueKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        // Only `ocop serve` uses it: CatalogueKit stays free of any server code.
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "CSystem"),
        .target(name: "Templating"),
        .target(
            name: "CatalogueKit",
            dependencies: ["CCmark", "CSystem", "Templating", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "OCOPCLI",
            dependencies: [
                "CatalogueKit", "Templating",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        // mimalloc (Debian's libmimalloc-dev) replaces glibc's malloc in the program only: a build
        // allocates and frees millions of small values from several threads, and glibc's arenas
        // cost it about a tenth of its own CPU time, more as the catalogue grows (README, "Performance").
        .executableTarget(name: "ocop", dependencies: ["OCOPCLI"],
                          linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]),
        .executableTarget(name: "ocop-bench-templates", dependencies: ["Templating"], path: "Benchmarks/TemplateBench"),
        .executableTarget(name: "ocop-bench", dependencies: ["CatalogueKit"], path: "Benchmarks/OCOPBench"),
        // Fuzzing (see README, "Hardening"): a harness library and one executable per target.
        // An ordinary build makes replayers; `make fuzz` builds them with libFuzzer.
        .target(name: "FuzzHarness", dependencies: ["CatalogueKit", "Templating"], path: "Fuzz/Harness"),
        .executableTarget(name: "FrontMatterFuzz", dependencies: ["FuzzHarness"], path: "Fuzz/FrontMatterFuzz"),
        .executableTarget(name: "MarkdownFuzz", dependencies: ["FuzzHarness"], path: "Fuzz/MarkdownFuzz"),
        .executableTarget(name: "TemplateFuzz", dependencies: ["FuzzHarness"], path: "Fuzz/TemplateFuzz"),
        .testTarget(name: "TemplatingTests", dependencies: ["Templating"], exclude: ["Fixtures"]),
        .testTarget(name: "CatalogueKitTests", dependencies: ["CatalogueKit", "FuzzHarness"], exclude: ["Fixtures"]),
        .testTarget(name: "OCOPCLITests", dependencies: ["OCOPCLI", "CatalogueKit"]),
    ],
    swiftLanguageModes: [.v6]
)
