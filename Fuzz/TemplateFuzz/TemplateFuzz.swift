import FuzzHarness

/// libFuzzer's entry point: one input through `TemplateHarness`. A broken invariant stops the run.
@_cdecl("LLVMFuzzerTestOneInput")
public func templateFuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    FuzzEntry.require(TemplateHarness.run(bytes), input: bytes)
    return 0
}

@main enum TemplateFuzz {
    static func main() { FuzzEntry.main(templateFuzzOne) }
}
