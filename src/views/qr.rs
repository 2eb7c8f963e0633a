//! `two_factor:qr`: the QR code (SVG) of the setup in progress; 404 without one.

use actix_session::SessionExt;
use actix_web::{HttpRequest, HttpResponse, web};
use std::fmt::Write as _;

use qrcode::{Color, QrCode};

use super::{current_user, setup};
use crate::errors::TwoFactorError;
use crate::settings::TwoFactor;

/// GET: `image/svg+xml` of the `otpauth://` URI.
pub(crate) async fn get(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, TwoFactorError> {
    let Some(user) = current_user(&tf, &req).await? else {
        return Err(TwoFactorError::NotFound);
    };
    let session = req.get_session();
    let Some(device_id) = setup::state(&session).and_then(|s| s.device_id) else {
        return Err(TwoFactorError::NotFound);
    };
    let Some(device) = tf.devices.pending_setup(&user.id, device_id).await? else {
        return Err(TwoFactorError::NotFound);
    };
    let url = device.config_url(tf.totp_issuer(), &user.username);
    let image = qr_code_svg(url.as_bytes()).ok_or(TwoFactorError::NotFound)?;
    Ok(HttpResponse::Ok()
        .content_type("image/svg+xml; charset=utf-8")
        .insert_header(("Cache-Control", "no-cache, no-store, must-revalidate"))
        .insert_header(("Pragma", "no-cache"))
        .body(image))
}

/// The modules of quiet zone around the code (the QR standard's minimum).
pub(crate) const QUIET_ZONE: usize = 4;

/// `data` as a QR code (error correction M) in SVG: a white square and one `<path>` whose
/// horizontal strokes (`M x y.5h n`, `m dx 0h n` within a row) draw the runs of dark
/// modules, in module units (`viewBox` is the code plus a 4-module quiet zone each side).
/// About 3 KB for an `otpauth://` URI, instead of one element per module. `None` when
/// `data` is too long for a QR code.
pub fn qr_code_svg(data: &[u8]) -> Option<String> {
    let code = QrCode::new(data).ok()?;
    Some(draw_svg(&code))
}

fn draw_svg(code: &QrCode) -> String {
    let width = code.width();
    let colors = code.to_colors();
    let size = width + 2 * QUIET_ZONE;
    // At least 200 px, whole pixels per module.
    let px = size * 200usize.div_ceil(size);
    let mut out = String::with_capacity(4096);
    let _ = write!(
        out,
        "<?xml version=\"1.0\" standalone=\"yes\"?><svg xmlns=\"http://www.w3.org/2000/svg\" \
         version=\"1.1\" width=\"{px}\" height=\"{px}\" viewBox=\"0 0 {size} {size}\" \
         shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/>\
         <path stroke=\"#000\" stroke-width=\"1\" d=\""
    );
    for (y, row) in colors.chunks(width).enumerate() {
        // Where the pen is in this row, once a run was drawn.
        let mut pen: Option<usize> = None;
        let mut x = 0;
        while x < width {
            if row[x] != Color::Dark {
                x += 1;
                continue;
            }
            let start = x;
            while x < width && row[x] == Color::Dark {
                x += 1;
            }
            let run = x - start;
            let _ = match pen {
                None => write!(out, "M{} {}.5h{run}", start + QUIET_ZONE, y + QUIET_ZONE),
                Some(at) => write!(out, "m{} 0h{run}", start - at),
            };
            pen = Some(x);
        }
    }
    out.push_str("\"/></svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const URI: &str = "otpauth://totp/actix-two-factor%20demo:alice%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=actix-two-factor%20demo&algorithm=SHA1&digits=6&period=30";

    /// The dark modules the path draws, read back from its `M`, `m` and `h` commands.
    fn dark_modules(svg: &str, size: usize) -> Vec<bool> {
        let d_at = svg.find(" d=\"").expect("a d attribute") + 4;
        let d = &svg[d_at..d_at + svg[d_at..].find('"').expect("closed")];
        let mut grid = vec![false; size * size];
        let (mut px, mut py) = (0.0f64, 0.0f64);
        let mut rest = d;
        while let Some(cmd) = rest.chars().next() {
            rest = &rest[1..];
            let end = rest
                .find(|c: char| c.is_ascii_alphabetic())
                .unwrap_or(rest.len());
            let args: Vec<f64> = rest[..end]
                .split(' ')
                .map(|a| a.parse().expect("a number"))
                .collect();
            rest = &rest[end..];
            match (cmd, args.as_slice()) {
                ('M', [x, y]) => (px, py) = (*x, *y),
                ('m', [dx, dy]) => (px, py) = (px + dx, py + dy),
                ('h', [n]) => {
                    assert!(*n > 0.0 && n.fract() == 0.0, "whole runs: {n}");
                    assert_eq!(py.fract(), 0.5, "strokes run through module centres");
                    let y = py.floor() as usize;
                    for x in px as usize..(px + n) as usize {
                        assert!(!grid[y * size + x], "module ({x},{y}) drawn twice");
                        grid[y * size + x] = true;
                    }
                    px += n;
                }
                other => panic!("unexpected path command {other:?}"),
            }
        }
        grid
    }

    #[test]
    fn the_qr_svg_is_one_small_path_that_draws_exactly_the_dark_modules() {
        let svg = qr_code_svg(URI.as_bytes()).expect("fits");
        assert!(svg.len() <= 8 * 1024, "{} bytes", svg.len());
        assert_eq!(svg.matches("<path").count(), 1, "one path");
        assert_eq!(
            svg.matches('<').count(),
            5,
            "xml, svg, rect, path, /svg: {svg}"
        );
        let code = QrCode::new(URI.as_bytes()).expect("fits");
        let width = code.width();
        let size = width + 2 * QUIET_ZONE;
        assert!(
            svg.contains(&format!("viewBox=\"0 0 {size} {size}\"")),
            "{svg}"
        );
        assert!(svg.contains(&format!(
            "<rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/>"
        )));
        let drawn = dark_modules(&svg, size);
        for y in 0..size {
            for x in 0..size {
                let inside = (QUIET_ZONE..QUIET_ZONE + width).contains(&x)
                    && (QUIET_ZONE..QUIET_ZONE + width).contains(&y);
                let dark = inside && code[(x - QUIET_ZONE, y - QUIET_ZONE)] == Color::Dark;
                assert_eq!(
                    drawn[y * size + x],
                    dark,
                    "module ({x},{y}), quiet zone {}",
                    !inside
                );
            }
        }
    }

    #[test]
    fn data_too_long_for_a_qr_code_gives_none() {
        assert!(qr_code_svg(&vec![b'a'; 8000]).is_none());
    }
}
