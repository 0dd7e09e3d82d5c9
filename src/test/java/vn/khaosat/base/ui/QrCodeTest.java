package vn.khaosat.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

class QrCodeTest {

    @Test
    void the_svg_decodes_back_to_the_kiosk_address() throws Exception {
        String address = "http://localhost:8080/kiosk/3kq0V-Zx_abcDEF1234567890xyz";
        String svg = QrCode.svg(address, 240);

        assertThat(svg).startsWith("<svg").contains("viewBox=\"0 0 ");
        int modules = Integer.parseInt(svg.replaceAll("(?s).*viewBox=\"0 0 (\\d+) .*", "$1"));
        // draw the modules back into pixels (4 px each) and read them with ZXing's decoder
        int scale = 4;
        int size = modules * scale;
        int[] pixels = new int[size * size];
        java.util.Arrays.fill(pixels, 0xFFFFFF);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(svg);
        while (m.find()) {
            int x = Integer.parseInt(m.group(1));
            int y = Integer.parseInt(m.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * size + x * scale + dx] = 0;
                }
            }
        }
        LuminanceSource source = new RGBLuminanceSource(size, size, pixels);
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                Map.of(DecodeHintType.POSSIBLE_FORMATS, java.util.List.of(BarcodeFormat.QR_CODE))).getText();
        assertThat(decoded).isEqualTo(address);
    }
}
