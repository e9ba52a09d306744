// The C ABI between ephr and zxing-cpp's QR reader (feature `zxing`, built by build.rs).
//
// One function. It reads every QR code in a grey image with zxing-cpp's default options (try
// harder, rotated, inverted and downscaled), and hands each valid code's text and corners to a
// callback while the text is alive. No C++ exception crosses into Rust: any is caught and
// reported as -1.
#include "ReadBarcode.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" {

typedef void (*ephr_zxing_found)(void* ctx, const char* text, size_t len, const int32_t* corners);

int32_t ephr_zxing_read(const uint8_t* data, int32_t width, int32_t height, int32_t max_symbols,
						ephr_zxing_found found, void* ctx)
{
	if (data == nullptr || width <= 0 || height <= 0 || found == nullptr)
		return -2;
	try {
		ZXing::ImageView image(data, width, height, ZXing::ImageFormat::Lum);
		ZXing::ReaderOptions options;
		options.setFormats(ZXing::BarcodeFormat::QRCode);
		options.setTextMode(ZXing::TextMode::Plain);
		options.setMaxNumberOfSymbols(static_cast<uint8_t>(max_symbols < 1 ? 1 : max_symbols > 255 ? 255 : max_symbols));
		int32_t n = 0;
		for (const auto& b : ZXing::ReadBarcodes(image, options)) {
			if (!b.isValid())
				continue;
			const std::string text = b.text();
			const auto& p = b.position();
			int32_t corners[8];
			for (int i = 0; i < 4; ++i) {
				corners[2 * i] = p[i].x;
				corners[2 * i + 1] = p[i].y;
			}
			found(ctx, text.data(), text.size(), corners);
			++n;
		}
		return n;
	} catch (...) {
		return -1;
	}
}

} // extern "C"
