//! The file server: `PUT` and `GET` on a document's `fileUrl`
//! (`/files/documents/{documentId}`, same origin as the API).
//!
//! `PUT` stores the raw bytes of the request body as the document's
//! content (sets `contentMD5`, and `contentType` when the document has
//! none and the bytes tell). `GET` returns them with their content type,
//! or converted to JPEG by the query parameters `page`, `width`, `height`
//! and `rotation`. Both need the API's credentials (a bearer token or the
//! API key): without valid ones 401. Not in openapi.yaml, so not validated
//! against it; counted (`uploadDocumentFile`, `downloadDocumentFile`) and
//! faulted like an API operation of that name.
//!
//! Conversions the emulator cannot do honestly get 422 with a `message`
//! saying so, never made-up bytes: anything on a PDF (rendering a page,
//! `density`, `quality=low`), `density` on an image, and pages of a
//! multi-page TIFF whose pixel format it does not read.

use std::io::Cursor as IoCursor;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Path, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use image::{DynamicImage, ImageFormat};

use crate::app::App;
use crate::auth;
use crate::error::ApiError;
use crate::faults::{self, Target};
use crate::lock;
use crate::resources::documents;
use crate::server::ConnCtl;

/// Largest `width` or `height` a conversion makes.
const MAX_SIDE: u32 = 10_000;

/// `PUT /files/documents/{documentId}`.
pub(crate) async fn upload(
    State(app): State<Arc<App>>,
    conn: Option<Extension<ConnCtl>>,
    Path(document_id): Path<String>,
    req: Request,
) -> Response {
    let app2 = app.clone();
    serve(
        &app,
        "uploadDocumentFile",
        conn,
        req,
        move |req| async move {
            let (parts, body) = req.into_parts();
            authenticate(&app2, &parts.headers)?;
            let bytes = axum::body::to_bytes(body, app2.cfg.body_limit)
                .await
                .map_err(|_| {
                    ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "Request Entity Too Large")
                })?;
            if bytes.is_empty() {
                return Err(ApiError::bad_request("The file is empty"));
            }
            let mut st = lock(&app2.state);
            if !st.documents.contains(&document_id) {
                return Err(ApiError::not_found("Document", &document_id));
            }
            documents::store_file(&mut st, &document_id, bytes.to_vec(), false);
            Ok(StatusCode::OK.into_response())
        },
    )
    .await
}

/// `GET /files/documents/{documentId}`.
pub(crate) async fn download(
    State(app): State<Arc<App>>,
    conn: Option<Extension<ConnCtl>>,
    Path(document_id): Path<String>,
    req: Request,
) -> Response {
    let app2 = app.clone();
    serve(
        &app,
        "downloadDocumentFile",
        conn,
        req,
        move |req| async move {
            authenticate(&app2, req.headers())?;
            let conversion = Conversion::from_query(req.uri().query())?;
            let (bytes, content_type) = {
                let st = lock(&app2.state);
                let doc = st
                    .documents
                    .get(&document_id)
                    .ok_or_else(|| ApiError::not_found("Document", &document_id))?;
                let file = st.files.get(&document_id).ok_or_else(|| {
                    ApiError::new(
                        StatusCode::NOT_FOUND,
                        format!("Document {document_id} has no content yet"),
                    )
                })?;
                let content_type = doc
                    .content_type
                    .as_ref()
                    .map(|c| c.to_string())
                    .or_else(|| documents::sniff(file).map(str::to_string))
                    .unwrap_or_else(|| "application/octet-stream".to_string());
                (file.clone(), content_type)
            };
            let (bytes, content_type) = match conversion {
                None => (bytes, content_type),
                Some(c) => (c.apply(&bytes, &content_type)?, "image/jpeg".to_string()),
            };
            let mut response = Response::new(Body::from(bytes));
            if let Ok(v) = HeaderValue::from_str(&content_type) {
                response.headers_mut().insert(header::CONTENT_TYPE, v);
            }
            Ok(response)
        },
    )
    .await
}

/// Counts, faults and answers errors as JSON `{"message"}`.
async fn serve<F, Fut>(
    app: &Arc<App>,
    operation: &'static str,
    conn: Option<Extension<ConnCtl>>,
    req: Request,
    handler: F,
) -> Response
where
    F: FnOnce(Request) -> Fut,
    Fut: std::future::Future<Output = Result<Response, ApiError>>,
{
    app.stats.record_api(operation);
    let path = req.uri().path().to_string();
    let conn = conn.map(|Extension(c)| c);
    let target = Target {
        operation,
        path: &path,
        token_endpoint: false,
    };
    faults::apply(app, target, conn.as_ref(), async move {
        handler(req)
            .await
            .unwrap_or_else(IntoResponse::into_response)
    })
    .await
}

/// The API's credentials; anything else is 401.
fn authenticate(app: &App, headers: &axum::http::HeaderMap) -> Result<String, ApiError> {
    auth::check(app, headers, app.clock.now_ms()).map_err(|e| {
        if e.status == StatusCode::FORBIDDEN {
            ApiError::new(StatusCode::UNAUTHORIZED, "Unauthorized")
        } else {
            e
        }
    })
}

/// What a `GET` asks to convert.
#[derive(Debug, Default, PartialEq)]
struct Conversion {
    page: Option<i64>,
    width: Option<u32>,
    height: Option<u32>,
    rotation: Option<u32>,
    density: Option<String>,
    quality: Option<String>,
}

impl Conversion {
    /// `None` when the query asks for no conversion.
    fn from_query(query: Option<&str>) -> Result<Option<Self>, ApiError> {
        let mut c = Self::default();
        let side = |name: &str, v: &str| -> Result<u32, ApiError> {
            v.parse::<u32>()
                .ok()
                .filter(|n| (1..=MAX_SIDE).contains(n))
                .ok_or_else(|| {
                    ApiError::bad_request(format!(
                        "{name} must be an integer from 1 to {MAX_SIDE}, not {v:?}"
                    ))
                })
        };
        for (k, v) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
            match k.as_ref() {
                "page" => {
                    c.page = Some(v.parse().map_err(|_| {
                        ApiError::bad_request(format!("page must be an integer, not {v:?}"))
                    })?)
                }
                "width" => c.width = Some(side("width", &v)?),
                "height" => c.height = Some(side("height", &v)?),
                "rotation" => {
                    c.rotation = Some(
                        v.parse::<u32>()
                            .ok()
                            .filter(|r| [0, 90, 180, 270].contains(r))
                            .ok_or_else(|| {
                                ApiError::bad_request(format!(
                                    "rotation must be 0, 90, 180 or 270, not {v:?}"
                                ))
                            })?,
                    )
                }
                "density" => c.density = Some(v.into_owned()),
                "quality" => {
                    if v != "low" {
                        return Err(ApiError::bad_request(format!(
                            "quality must be \"low\", not {v:?}"
                        )));
                    }
                    c.quality = Some(v.into_owned());
                }
                _ => {}
            }
        }
        Ok((c != Self::default()).then_some(c))
    }

    /// The converted file, as JPEG.
    fn apply(&self, bytes: &[u8], content_type: &str) -> Result<Vec<u8>, ApiError> {
        if content_type == "application/pdf" {
            return Err(cannot(
                "las-emulator cannot render PDF pages: conversions (page, width, height, \
                 rotation, density, quality) of a PDF are not supported; GET the file \
                 without query parameters for its bytes",
            ));
        }
        if self.density.is_some() {
            return Err(cannot(
                "las-emulator does not resample by density (it applies to PDF pages)",
            ));
        }
        let image = self.page_image(bytes, content_type)?;
        let image = match self.rotation.unwrap_or(0) {
            90 => image.rotate90(),
            180 => image.rotate180(),
            270 => image.rotate270(),
            _ => image,
        };
        let image = match (self.width, self.height) {
            (None, None) => image,
            (Some(w), Some(h)) => image.resize_exact(w, h, image::imageops::FilterType::Triangle),
            (Some(w), None) => {
                let h = scaled(image.height(), w, image.width());
                image.resize_exact(w, h, image::imageops::FilterType::Triangle)
            }
            (None, Some(h)) => {
                let w = scaled(image.width(), h, image.height());
                image.resize_exact(w, h, image::imageops::FilterType::Triangle)
            }
        };
        let mut out = IoCursor::new(Vec::new());
        DynamicImage::ImageRgb8(image.to_rgb8())
            .write_to(&mut out, ImageFormat::Jpeg)
            .map_err(|e| cannot(format!("las-emulator could not encode JPEG: {e}")))?;
        Ok(out.into_inner())
    }

    /// The page asked for (the only one of a single-image file, index 0 or
    /// -1; a page of a multi-page TIFF).
    fn page_image(&self, bytes: &[u8], content_type: &str) -> Result<DynamicImage, ApiError> {
        let decode = || {
            image::load_from_memory(bytes).map_err(|e| {
                cannot(format!(
                    "las-emulator cannot decode this {content_type} file: {e}"
                ))
            })
        };
        let page = self.page.unwrap_or(0);
        if content_type != "image/tiff" {
            if page != 0 && page != -1 {
                return Err(ApiError::bad_request(format!(
                    "page {page} does not exist: the document has one page (0 or -1)"
                )));
            }
            return decode();
        }
        let pages = tiff_pages(bytes)?;
        let index = if page < 0 { pages + page } else { page };
        if index < 0 || index >= pages {
            return Err(ApiError::bad_request(format!(
                "page {page} does not exist: the document has {pages} page(s)"
            )));
        }
        if index == 0 {
            return decode();
        }
        tiff_page(bytes, usize::try_from(index).unwrap_or(0))
    }
}

/// `side * target / other`, at least 1.
fn scaled(side: u32, target: u32, other: u32) -> u32 {
    let v = u64::from(side) * u64::from(target) / u64::from(other.max(1));
    u32::try_from(v).unwrap_or(MAX_SIDE).clamp(1, MAX_SIDE)
}

fn cannot(message: impl Into<String>) -> ApiError {
    ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, message)
}

fn tiff_error(e: tiff::TiffError) -> ApiError {
    cannot(format!("las-emulator cannot read this TIFF file: {e}"))
}

/// Pages (images) of a TIFF file.
fn tiff_pages(bytes: &[u8]) -> Result<i64, ApiError> {
    let mut d = tiff::decoder::Decoder::new(IoCursor::new(bytes)).map_err(tiff_error)?;
    let mut n = 1;
    while d.more_images() {
        d.next_image().map_err(tiff_error)?;
        n += 1;
    }
    Ok(n)
}

/// Page `index` of a TIFF file, for 8-bit grey, RGB and RGBA pages.
fn tiff_page(bytes: &[u8], index: usize) -> Result<DynamicImage, ApiError> {
    use tiff::decoder::DecodingResult;
    use tiff::ColorType;
    let mut d = tiff::decoder::Decoder::new(IoCursor::new(bytes)).map_err(tiff_error)?;
    d.seek_to_image(index).map_err(tiff_error)?;
    let (w, h) = d.dimensions().map_err(tiff_error)?;
    let color = d.colortype().map_err(tiff_error)?;
    let DecodingResult::U8(data) = d.read_image().map_err(tiff_error)? else {
        return Err(unsupported_page(index, color));
    };
    let image = match color {
        ColorType::Gray(8) => image::GrayImage::from_raw(w, h, data).map(DynamicImage::ImageLuma8),
        ColorType::RGB(8) => image::RgbImage::from_raw(w, h, data).map(DynamicImage::ImageRgb8),
        ColorType::RGBA(8) => image::RgbaImage::from_raw(w, h, data).map(DynamicImage::ImageRgba8),
        _ => None,
    };
    image.ok_or_else(|| unsupported_page(index, color))
}

fn unsupported_page(index: usize, color: tiff::ColorType) -> ApiError {
    cannot(format!(
        "las-emulator cannot convert page {index} of this TIFF file (pixel format {color:?}; \
         it reads 8-bit grey, RGB and RGBA pages)"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_without_conversion_are_none() {
        assert_eq!(Conversion::from_query(None).ok(), Some(None));
        assert_eq!(Conversion::from_query(Some("x=1")).ok(), Some(None));
        let c = Conversion::from_query(Some("width=10&rotation=90"))
            .ok()
            .flatten()
            .expect("conversion");
        assert_eq!((c.width, c.rotation), (Some(10), Some(90)));
    }

    #[test]
    fn bad_parameters_are_400() {
        for q in [
            "rotation=45",
            "width=0",
            "height=x",
            "page=a",
            "quality=high",
        ] {
            let err = Conversion::from_query(Some(q)).expect_err(q);
            assert_eq!(err.status, StatusCode::BAD_REQUEST, "{q}");
        }
    }

    #[test]
    fn one_side_keeps_the_aspect_ratio() {
        assert_eq!(scaled(100, 50, 200), 25);
        assert_eq!(scaled(1, 1, 1000), 1);
    }
}
