/// Reads a DEFLATE stream's bits: least significant bit of each byte first, as RFC 1951
/// packs them. Holds up to 64 bits ahead in a buffer; never reads past the input.
struct BitReader {
    /// The whole input; the reader owns no memory.
    let input: UnsafeBufferPointer<UInt8>
    /// Index of the next input byte to load into `buffer`.
    private(set) var nextByte: Int
    /// Bits loaded but not yet consumed, the next one in bit 0.
    private var buffer: UInt64 = 0
    /// How many bits of `buffer` are valid.
    private var available: Int = 0

    /// A reader over `input` starting at byte `start`.
    init(_ input: UnsafeBufferPointer<UInt8>, start: Int) {
        self.input = input
        self.nextByte = start
    }

    /// The index of the first byte not yet consumed, after `alignToByte()`.
    var bytePosition: Int { nextByte &- (available >> 3) }

    @inline(__always)
    private mutating func refill() {
        while available <= 56 && nextByte < input.count {
            buffer |= UInt64(input[nextByte]) << UInt64(available)
            nextByte &+= 1
            available &+= 8
        }
    }

    /// The next `count` bits (0...32) as an integer, first bit lowest.
    @inline(__always)
    mutating func bits(_ count: Int) throws -> Int {
        if available < count {
            refill()
            if available < count { throw GzipError.truncated("the compressed stream ends early") }
        }
        let value = Int(truncatingIfNeeded: buffer & ((1 << UInt64(count)) &- 1))
        buffer >>= UInt64(count)
        available &-= count
        return value
    }

    /// Decodes one symbol with `table` (see `HuffmanTable`).
    @inline(__always)
    mutating func decode(_ table: UnsafeBufferPointer<UInt16>, maxLength: Int) throws -> Int {
        if available < maxLength { refill() }
        // Near the end of the input fewer bits may remain than the longest code: the missing
        // high bits read as zero, and the length check below catches a code that needs them.
        let entry = Int(table[Int(truncatingIfNeeded: buffer & ((1 << UInt64(maxLength)) &- 1))])
        let length = entry & 15
        if length == 0 { throw GzipError.inflate("invalid Huffman code") }
        if length > available { throw GzipError.truncated("the compressed stream ends early") }
        buffer >>= UInt64(length)
        available &-= length
        return entry >> 4
    }

    /// Drops the bits left in the current byte (stored blocks and the trailer start on a byte).
    mutating func alignToByte() {
        let drop = available & 7
        buffer >>= UInt64(drop)
        available &-= drop
    }

    /// Moves to byte `position` of the input, discarding buffered bits (after `alignToByte()`).
    mutating func seek(toByte position: Int) {
        nextByte = position
        buffer = 0
        available = 0
    }
}
