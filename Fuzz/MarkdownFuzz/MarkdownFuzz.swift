import FuzzHarness

/// libFuzzer's entry point: one input through `MarkdownHarness`. A broken invariant stops the run.
@_cdecl("LLVMFuzzerTestOneInput")
public func markdownFuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    FuzzEntry.require(MarkdownHarness.run(bytes), input: bytes)
    return 0
}

@main enum MarkdownFuzz {
    static func main() { FuzzEntry.main(markdownFuzzOne) }
}
