import Foundation

/// Programs the end-to-end tests use to look at pages as a browser and the W3C checker do.
/// `make test` installs them; a plain `swift test` without them fails with the command to run.
enum ExternalTool {
    static func path(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    struct Missing: Error, CustomStringConvertible {
        let name: String
        var description: String { "\(name) is not installed; run `make test-deps` (or `make test`, which installs it)" }
    }

    /// Runs a program to completion; returns its status and combined output.
    @discardableResult
    static func run(_ name: String, _ arguments: [String], timeout: TimeInterval = 300) throws -> (status: Int32, output: String) {
        guard let path = path(name) else { throw Missing(name: name) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let deadline = DispatchTime.now() + timeout
        DispatchQueue.global().asyncAfter(deadline: deadline) { if process.isRunning { process.terminate() } }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Headless Chromium's screenshot of a page at a window width.
    static func screenshot(_ page: URL, to png: URL, width: Int, height: Int = 1600) throws {
        let result = try run(path("chromium") != nil ? "chromium" : "chromium-browser", [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            "--window-size=\(width),\(height)", "--screenshot=\(png.path)", page.absoluteString,
        ], timeout: 120)
        guard FileManager.default.fileExists(atPath: png.path) else {
            throw ScreenshotFailed(output: result.output)
        }
    }

    struct ScreenshotFailed: Error { let output: String }

    /// Number of distinct colours in a PNG (8-bit RGB or RGBA, as Chromium writes), read with
    /// CPython's zlib: a blank page has one or two.
    static func distinctColours(_ png: URL) throws -> Int {
        let script = #"""
        import sys, zlib, struct
        data = open(sys.argv[1], 'rb').read()
        pos, idat, w, h, ctype = 8, b'', 0, 0, 6
        while pos < len(data):
            n, kind = struct.unpack('>I4s', data[pos:pos + 8]); body = data[pos + 8:pos + 8 + n]; pos += 12 + n
            if kind == b'IHDR': w, h, depth, ctype = struct.unpack('>IIBB', body[:10])
            elif kind == b'IDAT': idat += body
        bpp = {2: 3, 6: 4}[ctype]; raw = zlib.decompress(idat); stride = w * bpp
        prev = bytearray(stride); colours = set(); i = 0
        for y in range(h):
            f = raw[i]; line = bytearray(raw[i + 1:i + 1 + stride]); i += 1 + stride
            for x in range(stride):
                a = line[x - bpp] if x >= bpp else 0; b = prev[x]; c = prev[x - bpp] if x >= bpp else 0
                if f == 1: line[x] = (line[x] + a) & 255
                elif f == 2: line[x] = (line[x] + b) & 255
                elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
                elif f == 4:
                    p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                    line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
            if y % 4 == 0:
                for x in range(0, stride, bpp * 4): colours.add(bytes(line[x:x + 3]))
            prev = line
        print(len(colours))
        """#
        let result = try run("python3", ["-c", script, png.path])
        return Int(result.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }
}
