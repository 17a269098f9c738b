// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "boardgen",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "boardgen", targets: ["BoardGen"]),
        .library(name: "ScheduleModel", targets: ["ScheduleModel"]),
        .library(name: "BoardGenKit", targets: ["BoardGenKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // `boardgen serve`: the maintained Swift HTTP server on SwiftNIO, from the swift-mustache project.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Hummingbird's own foundations, named for the serve target's error and shutdown handling.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // cmark-gfm, GitHub's fork of libcmark, with its extensions library (tables, strikethrough).
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        .systemLibrary(
            name: "CGumbo",
            pkgConfig: "gumbo",
            providers: [.apt(["libgumbo-dev"])]
        ),
        // renameat2(RENAME_EXCHANGE) for the writer's atomic swap of the output folder.
        .systemLibrary(name: "CRenameExchange"),
        .target(name: "ScheduleModel"),
        // The pipeline, one target per stage; each imports only the stages before it.
        // Support and Diagnostics serve every stage; BoardGenKit orchestrates a build or a check.
        .target(name: "BoardGenSupport"),
        .target(name: "BoardGenDiagnostics", dependencies: ["ScheduleModel"]),
        .target(name: "BoardGenModel", dependencies: ["BoardGenDiagnostics", "BoardGenSupport", "ScheduleModel"]),
        .target(
            name: "BoardGenLoad",
            dependencies: [
                "BoardGenModel", "BoardGenDiagnostics", "BoardGenSupport", "ScheduleModel",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // HTML5 parsing of rendered pages for check (Gumbo, the WHATWG parsing algorithm).
        .target(name: "BoardGenHTML", dependencies: ["CGumbo"]),
        // Reading a deployed site over HTTP(S) for check --url (Foundation's URLSession).
        .target(name: "BoardGenFetch", dependencies: ["BoardGenHTML", "BoardGenDiagnostics"]),
        .target(name: "BoardGenMarkdown", dependencies: ["BoardGenSupport", "CCmark"]),
        .target(
            name: "BoardGenRender",
            dependencies: [
                "BoardGenMarkdown", "BoardGenLoad", "BoardGenModel", "BoardGenDiagnostics", "BoardGenSupport",
                "ScheduleModel", .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "BoardGenBoard",
            dependencies: [
                "BoardGenRender", "BoardGenModel", "BoardGenDiagnostics", "BoardGenSupport", "ScheduleModel",
                "CQRencode",
            ]
        ),
        .target(
            name: "BoardGenCheck",
            dependencies: [
                "BoardGenBoard", "BoardGenRender", "BoardGenHTML", "BoardGenModel", "BoardGenDiagnostics",
                "BoardGenSupport", "ScheduleModel",
            ]
        ),
        // `check --browser`: Chromium over the DevTools protocol; pages as a reader sees them, sheets as printed.
        .target(
            name: "BoardGenBrowser",
            dependencies: ["BoardGenCheck"]
        ),
        // `boardgen import`: a school's document (pandoc's JSON tree, or plain text) drafted into a content folder.
        .target(
            name: "BoardGenImport",
            dependencies: ["BoardGenModel", "BoardGenDiagnostics", "BoardGenSupport", "ScheduleModel"]
        ),
        .target(
            name: "BoardGenWrite",
            dependencies: ["BoardGenRender", "BoardGenDiagnostics", "BoardGenSupport", "CRenameExchange"]
        ),
        .target(
            name: "BoardGenKit",
            dependencies: [
                "BoardGenImport", "BoardGenFetch", "BoardGenWrite", "BoardGenBrowser", "BoardGenCheck", "BoardGenBoard", "BoardGenRender",
                "BoardGenLoad",
                "BoardGenModel", "BoardGenDiagnostics", "BoardGenSupport", "ScheduleModel",
            ]
        ),
        // `boardgen serve`: the site from memory over HTTP (Hummingbird), rebuilt on every change
        // (inotify, wrapped in Inotify.swift), pages reloaded by Server-Sent Events.
        .target(
            name: "BoardGenServe",
            dependencies: [
                "BoardGenKit", "BoardGenDiagnostics", "BoardGenSupport", "ScheduleModel",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "BoardGen",
            dependencies: [
                "BoardGenKit",
                "BoardGenServe",
                "BoardGenDiagnostics",
                "ScheduleModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ScheduleModelTests",
            dependencies: [
                "ScheduleModel",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "BoardGenKitTests",
            dependencies: [
                "BoardGenKit", "BoardGenImport", "BoardGenWrite", "BoardGenBrowser", "BoardGenCheck", "BoardGenBoard",
                "BoardGenHTML",
                "BoardGenRender", "BoardGenMarkdown", "BoardGenLoad", "BoardGenModel", "BoardGenDiagnostics", "BoardGenSupport",
                "ScheduleModel", .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "BoardGenServeTests",
            dependencies: ["BoardGenServe", "BoardGenKit", "BoardGenBrowser", "BoardGenDiagnostics", "ScheduleModel"]
        ),
        // libFuzzer targets (issue 6): scripts/fuzz.sh builds them with -sanitize=fuzzer,address -DFUZZING
        // (docs/fuzzing.md); without -DFUZZING they are plain replay tools (`FuzzSchedule FILE…`).
        .target(name: "FuzzDriver", path: "Fuzz/FuzzDriver"),
        .executableTarget(
            name: "FuzzSchedule", dependencies: ["ScheduleModel", "FuzzDriver"], path: "Fuzz/FuzzSchedule"),
        .executableTarget(
            name: "FuzzFrontMatter",
            dependencies: ["BoardGenKit", "BoardGenLoad", "BoardGenModel", "BoardGenDiagnostics", "FuzzDriver"],
            path: "Fuzz/FuzzFrontMatter"
        ),
        .executableTarget(
            name: "FuzzMarkdown",
            dependencies: [
                "BoardGenKit", "BoardGenRender", "BoardGenMarkdown", "BoardGenLoad", "BoardGenModel",
                "BoardGenDiagnostics", "ScheduleModel", "FuzzDriver",
            ],
            path: "Fuzz/FuzzMarkdown"
        ),
    ]
)
