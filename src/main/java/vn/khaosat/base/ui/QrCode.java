package vn.khaosat.base.ui;

import com.google.zxing.common.BitMatrix;
import com.vaadin.flow.component.Html;

import vn.khaosat.base.QrMatrix;

/** A QR code of a text (ZXing encodes it), drawn as inline SVG: sharp at any size, no image files. */
public final class QrCode {

    private QrCode() {
    }

    public static Html of(String text, int sizePixels) {
        return new Html(svg(text, sizePixels));
    }

    static String svg(String text, int sizePixels) {
        BitMatrix matrix = QrMatrix.of(text);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"QR\" width=\"" + sizePixels
                + "\" height=\"" + sizePixels + "\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
