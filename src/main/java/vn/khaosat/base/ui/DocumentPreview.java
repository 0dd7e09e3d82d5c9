package vn.khaosat.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

import vn.khaosat.base.document.AdminDocument;

/**
 * An administrative document shown on screen as it will print: header block, title, body, tables,
 * signature. Every text goes in as text, never as HTML, so what users typed cannot run.
 */
public class DocumentPreview extends Div {

    public DocumentPreview() {
        addClassName("document-preview");
        getStyle().set("font-family", "'Times New Roman', 'Liberation Serif', serif").set("max-width", "52rem")
                .set("padding", "1.5rem 2rem").set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("background", "var(--lumo-base-color)").set("line-height", "1.45");
    }

    public void show(AdminDocument doc) {
        getElement().removeAllChildren();
        Element header = element("div").setAttribute("style", "display:flex;justify-content:space-between;text-align:center");
        Element left = element("div");
        doc.issuingBody().forEach(line -> left.appendChild(element("div").setText(line)
                .setAttribute("style", "font-weight:bold")));
        left.appendChild(element("div").setText(doc.number()));
        Element right = element("div");
        right.appendChild(element("div").setText(AdminDocument.NATION).setAttribute("style", "font-weight:bold"));
        right.appendChild(element("div").setText(AdminDocument.MOTTO).setAttribute("style", "font-weight:bold"));
        right.appendChild(element("div").setText(doc.placeAndDate()).setAttribute("style", "font-style:italic"));
        header.appendChild(left, right);
        getElement().appendChild(header);
        getElement().appendChild(element("h3").setText(doc.title()).setAttribute("style", "text-align:center;margin-bottom:0"));
        getElement().appendChild(element("p").setText(doc.subject())
                .setAttribute("style", "text-align:center;font-weight:bold;margin-top:.2rem"));
        for (AdminDocument.Block block : doc.body()) {
            if (block instanceof AdminDocument.Heading h) {
                getElement().appendChild(element("p").setText(h.text()).setAttribute("style", "font-weight:bold;margin:.6rem 0 .2rem"));
            } else if (block instanceof AdminDocument.Paragraph p) {
                getElement().appendChild(element("p").setText(p.text())
                        .setAttribute("style", "margin:.2rem 0;text-align:justify" + (p.italic() ? ";font-style:italic" : "")));
            } else if (block instanceof AdminDocument.Table t) {
                Element table = element("table").setAttribute("style", "border-collapse:collapse;width:100%;margin:.4rem 0");
                Element head = element("tr");
                t.headers().forEach(h -> head.appendChild(cell("th", h)));
                table.appendChild(head);
                for (var row : t.rows()) {
                    Element tr = element("tr");
                    row.forEach(c -> tr.appendChild(cell("td", c)));
                    table.appendChild(tr);
                }
                getElement().appendChild(table);
            }
        }
        Element footer = element("div").setAttribute("style", "display:flex;justify-content:space-between;margin-top:1rem");
        Element recipients = element("div").setAttribute("style", "font-size:.85em");
        recipients.appendChild(element("div").setText("Nơi nhận:").setAttribute("style", "font-weight:bold;font-style:italic"));
        doc.recipients().forEach(r -> recipients.appendChild(element("div").setText(r)));
        Element signature = element("div").setAttribute("style", "text-align:center;font-weight:bold");
        doc.signatureTitle().forEach(line -> signature.appendChild(element("div").setText(line)));
        signature.appendChild(element("div").setText(doc.signerName()).setAttribute("style", "margin-top:3rem"));
        footer.appendChild(recipients, signature);
        getElement().appendChild(footer);
    }

    private static Element cell(String tag, String text) {
        return element(tag).setText(text).setAttribute("style", "border:1px solid #888;padding:2px 6px;vertical-align:top");
    }

    private static Element element(String tag) {
        return new Element(tag);
    }
}
