import Execution
import Foundation
import Testing

/// `{:p}` of a slice, `str` or trait object pointer: rustc 1.95 prints the address with its
/// metadata as a `Debug` struct, the options applied to each field. The expected lines are
/// rustc's output for the same program, with addresses (which differ per run) masked.
@Suite struct WidePointerFormatTests {
  static let source = """
    trait Shape {
        fn area(&self) -> f64;
    }
    struct Square(f64);
    impl Shape for Square {
        fn area(&self) -> f64 { self.0 * self.0 }
    }
    fn main() {
        let scores = vec![90, 72, 64, 88];
        let middle: &[i32] = &scores[1..3];
        let greeting = "hello";
        let none: &[f64] = &[];
        let count = 7;
        println!("{:p}", middle);
        println!("{:p}", greeting);
        println!("{:p}", none);
        println!("{:p}", &count);
        println!("{:#p}", greeting);
        println!("[{:24p}]", &greeting[1..]);
        let sq = Square(3.0);
        let shape: &dyn Shape = &sq;
        println!("{:p} {}", shape, shape.area());
        let boxed: Box<dyn Shape> = Box::new(Square(1.5));
        println!("{:p} {}", boxed, boxed.area());
    }

    """

  static let rustcMasked = """
    Pointer { addr: 0x…, metadata: 2 }
    Pointer { addr: 0x…, metadata: 5 }
    Pointer { addr: 0x…, metadata: 0 }
    0x…
    Pointer {
        addr: 0x…,
        metadata: 5,
    }
    [Pointer { addr:           0x…, metadata:                        4 }]
    Pointer { addr: 0x…, metadata: DynMetadata(0x…) } 9
    Pointer { addr: 0x…, metadata: DynMetadata(0x…) } 2.25

    """

  static func masked(_ text: String) -> String {
    text.replacingOccurrences(of: "0x[0-9a-f]+", with: "0x…", options: .regularExpression)
  }

  @Test func widePointersPrintTheirMetadata() throws {
    let trace = try Engine.trace(source: Self.source, path: "main.rs")
    #expect(Self.masked(trace.outcome.stdout) == Self.rustcMasked)
    // The empty slice's dangling address is its alignment, as rustc's.
    #expect(trace.outcome.stdout.contains("Pointer { addr: 0x8, metadata: 0 }"))
  }
}
