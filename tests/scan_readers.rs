//! Which QR readers this build has. zxing-cpp is built only where a C++ compiler was found
//! (build.rs), so a machine without one silently gets the weaker pure-Rust scanner; the test
//! command (scripts/test) installs g++ and sets EPHR_EXPECT_ZXING=1, and then this fails if the
//! build left zxing-cpp out.

use ephr::qr;

#[test]
fn the_test_build_has_the_readers_it_was_promised() {
    assert!(qr::READERS.iter().any(|r| r.starts_with("rxing")));
    assert!(qr::READERS.iter().any(|r| r.starts_with("rqrr")));
    if std::env::var_os("EPHR_EXPECT_ZXING").is_some() {
        assert!(
            qr::READERS[0].starts_with("zxing-cpp"),
            "scripts/test promised zxing-cpp, but this build has only {:?}; see build.rs's warning",
            qr::READERS
        );
    }
}
