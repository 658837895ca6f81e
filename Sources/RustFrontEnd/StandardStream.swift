/// Where a print macro writes: the program's standard output or standard error.
package enum StandardStream: String, Sendable { case stdout, stderr }
