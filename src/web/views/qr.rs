//! `two_factor:qr`: the QR code (SVG) of the setup in progress; 404 without one.

use actix_session::SessionExt;
use actix_web::{HttpRequest, HttpResponse, web};
use std::fmt::Write as _;

use qrcode::canvas::{Canvas, MaskPattern};
use qrcode::{Color, EcLevel, bits, ec};

use super::current_user;
use crate::errors::TwoFactorError;
use crate::web::site::TwoFactor;

/// GET: `image/svg+xml` of the `otpauth://` URI.
pub(crate) async fn get(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, TwoFactorError> {
    let Some(user) = current_user(&tf, &req).await? else {
        return Err(TwoFactorError::NotFound);
    };
    let session = req.get_session();
    let Some(device_id) = crate::flows::setup::state(&session).and_then(|s| s.device_id) else {
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
/// About 3 KB for an `otpauth://` URI, instead of one element per module. The modules are
/// exactly those of `qrcode::QrCode::new(data)`; only the mask choice is computed here,
/// faster. `None` when `data` is too long for a QR code.
pub fn qr_code_svg(data: &[u8]) -> Option<String> {
    let (width, colors) = encode(data)?;
    Some(draw_svg(width, &colors))
}

/// The same modules as `QrCode::new(data)` (error correction M, the smallest version, the
/// mask with the lowest penalty) as (width, row-major dark flags).
///
/// `qrcode` scores the eight masks with boxed closures per module (about 1.4 ms for an
/// `otpauth://` URI); this scores them with the same rules on a flat grid.
fn encode(data: &[u8]) -> Option<(usize, Vec<bool>)> {
    const MASKS: [MaskPattern; 8] = [
        MaskPattern::Checkerboard,
        MaskPattern::HorizontalLines,
        MaskPattern::VerticalLines,
        MaskPattern::DiagonalLines,
        MaskPattern::LargeCheckerboard,
        MaskPattern::Fields,
        MaskPattern::Diamonds,
        MaskPattern::Meadow,
    ];
    let bits = bits::encode_auto(data, EcLevel::M).ok()?;
    let version = bits.version();
    let bytes = bits.into_bytes();
    let (data_codewords, ec_codewords) =
        ec::construct_codewords(&bytes, version, EcLevel::M).ok()?;
    let mut canvas = Canvas::new(version, EcLevel::M);
    canvas.draw_all_functional_patterns();
    canvas.draw_data(&data_codewords, &ec_codewords);
    let width = usize::try_from(version.width()).ok()?;
    let mut best: Option<(u32, Vec<u8>)> = None;
    for mask in MASKS {
        let mut masked = canvas.clone();
        masked.apply_mask(mask);
        let dark: Vec<u8> = masked
            .into_colors()
            .into_iter()
            .map(|c| u8::from(c == Color::Dark))
            .collect();
        let score = penalty(width, &dark);
        // The first of equal scores, as `qrcode` picks.
        if best.as_ref().is_none_or(|(s, _)| score < *s) {
            best = Some((score, dark));
        }
    }
    best.map(|(_, dark)| (width, dark.into_iter().map(|m| m == 1).collect()))
}

/// The QR penalty of a masked symbol (ISO/IEC 18004 §7.8.3, as `qrcode` computes it), on
/// row-major 0/1 modules.
fn penalty(width: usize, rows: &[u8]) -> u32 {
    let mut cols = vec![0u8; rows.len()];
    for (y, row) in rows.chunks_exact(width).enumerate() {
        for (x, &m) in row.iter().enumerate() {
            cols[x * width + y] = m;
        }
    }
    let mut score = 0u32;
    for line in rows.chunks_exact(width).chain(cols.chunks_exact(width)) {
        score += runs_and_finders(line);
    }
    // N2: every 2×2 block of one colour (overlapping): 3 each.
    for pair in rows.chunks_exact(width).collect::<Vec<_>>().windows(2) {
        let (top, bottom) = (pair[0], pair[1]);
        for x in 0..width - 1 {
            let c = top[x];
            score += 3 * u32::from((top[x + 1] == c) & (bottom[x] == c) & (bottom[x + 1] == c));
        }
    }
    // N4: the distance of the dark share from 50 %.
    let dark = rows.iter().filter(|&&m| m == 1).count();
    score + (dark * 200 / rows.len()).abs_diff(100) as u32
}

/// N1 and N3 of one row or column: runs of five or more equal modules (3 + (run − 5)
/// each) and `#.###.#` with four light modules (or the edge) on either side (40 each).
/// Branch-free per module (the modules are noise to a branch predictor).
fn runs_and_finders(line: &[u8]) -> u32 {
    const FINDER: u32 = 0b101_1101;
    let width = line.len();
    let mut score = 0u32;
    let mut run = 0u32;
    let mut prev = 2u8;
    let mut window = 0u32;
    for (j, &m) in line.iter().enumerate() {
        run = run * u32::from(m == prev) + 1;
        score += 3 * u32::from(run == 5) + u32::from(run > 5);
        prev = m;
        window = ((window << 1) | u32::from(m)) & 0x7F;
        if window == FINDER && j >= 6 {
            let start = j - 6;
            let light_before = line[start.saturating_sub(4)..start].iter().all(|&m| m == 0);
            let light_after = line[j + 1..(j + 5).min(width)].iter().all(|&m| m == 0);
            if light_before || light_after {
                score += 40;
            }
        }
    }
    score
}

fn draw_svg(width: usize, dark: &[bool]) -> String {
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
    for (y, row) in dark.chunks(width).enumerate() {
        // Where the pen is in this row, once a run was drawn.
        let mut pen: Option<usize> = None;
        let mut x = 0;
        while x < width {
            if !row[x] {
                x += 1;
                continue;
            }
            let start = x;
            while x < width && row[x] {
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
    use qrcode::QrCode;

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
    fn the_fast_mask_choice_is_the_one_qrcode_makes() {
        // Lengths that give versions 1 to 12 or so, so many different symbols and masks.
        let mut distinct = std::collections::BTreeSet::new();
        for len in (1..400).step_by(7) {
            let data: Vec<u8> = (0..len)
                .map(|i| b"otpauth://totp/X:y?secret=AB"[i % 28] ^ (i as u8 & 3))
                .collect();
            let reference: Vec<bool> = QrCode::new(&data)
                .expect("fits")
                .to_colors()
                .into_iter()
                .map(|c| c == Color::Dark)
                .collect();
            let (width, ours) = encode(&data).expect("fits");
            assert_eq!(width * width, reference.len());
            assert!(
                ours == reference,
                "length {len}: modules differ from qrcode's"
            );
            distinct.insert(reference.iter().take(width * 9).filter(|d| **d).count());
        }
        assert!(distinct.len() > 8, "varied symbols were compared");
    }

    #[test]
    fn data_too_long_for_a_qr_code_gives_none() {
        assert!(qr_code_svg(&vec![b'a'; 8000]).is_none());
    }
}
