//! Builds zxing-cpp's QR reader for the `zxing` feature, with the C++ compiler alone.
//!
//! The crate `zxing-cpp` carries the reader's C++ sources, but its own build needs cmake, which a
//! fresh machine with only the Rust toolchain and gcc does not have. So ephr compiles the files
//! the QR reader needs (36 of them) with the `cc` crate, configured as zxing-cpp's CMake build
//! would configure a readers-only, QR-only library, plus a one-function C shim
//! (`src/outputs/qr/scan/zxing_shim.cpp`). The `zxing-cpp` crate's Rust wrapper is not used.
//!
//! When the machine has no C++ compiler (Debian's `gcc` package alone has none; `g++` adds it),
//! the build says so in a warning and goes on without zxing-cpp: the scanner then uses its
//! pure-Rust readers only, and `ephr::qr::READERS` says which readers a build has. Success sets
//! the `ephr_zxing` cfg that the scanner's code is compiled under.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo::rustc-check-cfg=cfg(ephr_zxing)");
    #[cfg(feature = "zxing")]
    match zxing::build() {
        Ok(()) => println!("cargo:rustc-cfg=ephr_zxing"),
        Err(why) => println!(
            "cargo:warning=zxing-cpp's QR reader is not built ({why}); the scanner uses its pure-Rust readers only, which read fewer damaged codes. Install a C++ compiler (Debian: apt install g++) and rebuild."
        ),
    }
}

#[cfg(feature = "zxing")]
mod zxing {
    use std::path::{Path, PathBuf};

    /// The zxing-cpp crate version whose sources are compiled; Cargo.toml pins the same.
    const CRATE_DIR: &str = "zxing-cpp-0.5.3";

    /// zxing-cpp's reader files outside `qrcode/` (its CMakeLists' COMMON_FILES for readers,
    /// without the writer and C-API files).
    const COMMON: &[&str] = &[
        "Barcode",
        "BarcodeFormat",
        "BitMatrix",
        "BitMatrixIO",
        "CharacterSet",
        "Content",
        "ECI",
        "Error",
        "GTIN",
        "JSON",
        "ReadBarcode",
        "ReedSolomon",
        "Utf",
        "BitArray",
        "HRI",
        "BinaryBitmap",
        "BitSource",
        "ConcentricFinder",
        "GlobalHistogramBinarizer",
        "GridSampler",
        "LocalGrid",
        "HybridBinarizer",
        "MultiFormatReader",
        "PerspectiveTransform",
        "ResultPoint",
        "TextDecoder",
        "WhiteRectDetector",
    ];
    const QRCODE: &[&str] = &[
        "QRCodecMode",
        "QRErrorCorrectionLevel",
        "QRVersion",
        "QRBitMatrixParser",
        "QRDataBlock",
        "QRDecoder",
        "QRDetector",
        "QRFormatInformation",
        "QRReader",
    ];

    /// What zxing-cpp's CMake writes into Version.h for a readers-only, QR-only build.
    const VERSION_H: &str = "#pragma once\n#define ZXING_READERS\n\
        #define ZXING_ENABLE_1D 0\n#define ZXING_ENABLE_AZTEC 0\n#define ZXING_ENABLE_DATAMATRIX 0\n\
        #define ZXING_ENABLE_MAXICODE 0\n#define ZXING_ENABLE_PDF417 0\n#define ZXING_ENABLE_QRCODE 1\n\
        #define ZXING_VERSION_MAJOR 3\n#define ZXING_VERSION_MINOR 1\n#define ZXING_VERSION_PATCH 1\n\
        #define ZXING_VERSION_SUFFIX \"\"\n#define ZXING_VERSION_STR \"3.1.1\"\n";

    /// The `core/src` folder of the zxing-cpp crate: `EPHR_ZXING_CPP_SRC` if set, else the crate
    /// as Cargo unpacked it (registry or `vendor/`).
    fn sources() -> Result<PathBuf, String> {
        println!("cargo:rerun-if-env-changed=EPHR_ZXING_CPP_SRC");
        if let Some(dir) = std::env::var_os("EPHR_ZXING_CPP_SRC") {
            return Ok(PathBuf::from(dir));
        }
        let mut candidates = Vec::new();
        let home = std::env::var_os("CARGO_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")));
        if let Some(home) = home
            && let Ok(indexes) = std::fs::read_dir(home.join("registry").join("src"))
        {
            for index in indexes.flatten() {
                candidates.push(index.path().join(CRATE_DIR));
            }
        }
        if let Some(manifest) = std::env::var_os("CARGO_MANIFEST_DIR") {
            candidates.push(Path::new(&manifest).join("vendor").join("zxing-cpp"));
        }
        candidates
            .into_iter()
            .map(|c| c.join("core").join("src"))
            .find(|c| c.join("ReadBarcode.cpp").is_file())
            .ok_or_else(|| {
                format!(
                    "the sources of {CRATE_DIR} are not in Cargo's registry; set EPHR_ZXING_CPP_SRC to its core/src folder"
                )
            })
    }

    pub fn build() -> Result<(), String> {
        let src = sources()?;
        let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
        std::fs::write(out.join("Version.h"), VERSION_H).map_err(|e| e.to_string())?;
        println!("cargo:rerun-if-changed=src/outputs/qr/scan/zxing_shim.cpp");

        let mut cpp = cc::Build::new();
        cpp.cpp(true);
        // Fail fast, with one clear line, where there is no C++ compiler at all.
        let compiler = cpp.try_get_compiler().map_err(|e| e.to_string())?;
        let works = compiler.to_command().arg("--version").output();
        if !works.is_ok_and(|o| o.status.success()) {
            return Err(format!("no C++ compiler ({})", compiler.path().display()));
        }
        cpp.std("c++20")
            .include(&out)
            .include(&src)
            .define("ZXING_INTERNAL", None)
            // Third-party code: its warnings are not ephr's to fix.
            .warnings(false)
            .opt_level(3)
            // Hostile images reach this code: keep the standard library's cheap bounds checks.
            .define("_GLIBCXX_ASSERTIONS", None);
        for f in COMMON {
            cpp.file(src.join(format!("{f}.cpp")));
        }
        for f in QRCODE {
            cpp.file(src.join("qrcode").join(format!("{f}.cpp")));
        }
        cpp.file("src/outputs/qr/scan/zxing_shim.cpp");
        cpp.try_compile("ephr_zxing")
            .map_err(|e| format!("the C++ compiler failed: {e}"))?;

        // zxing-cpp's text decoding of ECI character sets; readers only.
        cc::Build::new()
            .file(src.join("libzueci").join("zueci.c"))
            .define("ZUECI_EMBED_NO_TO_ECI", None)
            .warnings(false)
            .opt_level(2)
            .try_compile("ephr_zueci")
            .map_err(|e| format!("the C compiler failed: {e}"))?;
        Ok(())
    }
}
