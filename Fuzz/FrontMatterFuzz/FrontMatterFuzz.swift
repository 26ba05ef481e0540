import FuzzHarness

/// libFuzzer's entry point: one input through `FrontMatterHarness`. A broken invariant stops the run.
@_cdecl("LLVMFuzzerTestOneInput")
public func frontMatterFuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    FuzzEntry.require(FrontMatterHarness.run(bytes), input: bytes)
    return 0
}

@main enum FrontMatterFuzz {
    static func main() { FuzzEntry.main(frontMatterFuzzOne) }
}
