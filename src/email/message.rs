//! One e-mail in the customer's language: a plain-text body, and a simple HTML version of
//! the same text (paragraphs, and links that can be clicked), never anything else.

use maud::{Markup, html};

/// A message to one address.
#[derive(Debug, Clone)]
pub struct Message {
    pub to: String,
    pub subject: String,
    /// The text as written in the locale files; paragraphs are separated by blank lines.
    pub text: String,
}

impl Message {
    /// The HTML part: every paragraph of the text, with its web addresses as links.
    pub fn html(&self, lang: &str) -> String {
        let paragraphs: Vec<&str> = self
            .text
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        let page: Markup = html! {
            (maud::DOCTYPE)
            html lang=(lang) {
                head {
                    meta charset="utf-8";
                    title { (self.subject) }
                    // A style element rather than style attributes: the project writes none
                    // anywhere, and mail programs read this one just as well.
                    style { "body { font-family: sans-serif; font-size: 16px; line-height: 1.5; max-width: 40em; }" }
                }
                body {
                    @for paragraph in &paragraphs {
                        p { (linked(paragraph)) }
                    }
                }
            }
        };
        page.into_string()
    }
}

/// The words of a paragraph, with `http(s)://` words turned into links to themselves.
fn linked(paragraph: &str) -> Markup {
    let words: Vec<&str> = paragraph.split_whitespace().collect();
    html! {
        @for (index, word) in words.iter().enumerate() {
            @if index > 0 { " " }
            @if word.starts_with("https://") || word.starts_with("http://") {
                a href=(word) { (word) }
            } @else {
                (word)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Message;

    #[test]
    fn the_html_part_has_the_paragraphs_and_clickable_links_and_escapes_the_rest() {
        let message = Message {
            to: "a@example.nl".into(),
            subject: "Inloggen".into(),
            text: "Goedendag,\n\nKlik <hier>:\n\nhttps://portal.example/sign-in/link/abc\n".into(),
        };
        let html = message.html("nl");
        assert!(html.contains(r#"<html lang="nl">"#));
        assert!(html.contains("<p>Goedendag,</p>"));
        assert!(html.contains("<p>Klik &lt;hier&gt;:</p>"));
        assert!(html.contains(
            r#"<a href="https://portal.example/sign-in/link/abc">https://portal.example/sign-in/link/abc</a>"#
        ));
    }
}
