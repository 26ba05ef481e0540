extension String {
    /// The same text in storage of its own (short strings are stored inline anyway), for a
    /// replica that must share nothing with the thread it was copied from.
    var withOwnStorage: String { String(decoding: Array(utf8), as: UTF8.self) }
}
