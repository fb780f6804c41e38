//! E-signature: a typed name plus a signature drawn with mouse, pen or
//! finger; signing stamps the app-clock time and the SHA-256 of the
//! contract content, and the signed contract shows whether its content
//! still matches.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, PointerEvent};

use super::ContractView;
use crate::domain::signature::{contract_content, sha256_hex, sign, verify, SignError, SignatureCheck};
use crate::domain::ContractStatus;
use crate::i18n::format as fmt;
use crate::store::Change;
use crate::ui::browser;

fn context(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok().flatten()?.dyn_into().ok()
}

/// Pointer position in canvas pixels (the canvas may be scaled by CSS).
fn point(canvas: &HtmlCanvasElement, ev: &PointerEvent) -> (f64, f64) {
    let rect = canvas.get_bounding_client_rect();
    let sx = canvas.width() as f64 / rect.width().max(1.0);
    let sy = canvas.height() as f64 / rect.height().max(1.0);
    ((ev.client_x() as f64 - rect.left()) * sx, (ev.client_y() as f64 - rect.top()) * sy)
}

#[component]
pub fn SignPanel(v: ContractView) -> impl IntoView {
    let ops = v.ops;
    let locale = ops.locale;
    let name = RwSignal::new(String::new());
    let inked = RwSignal::new(false);
    let drawing = StoredValue::new(false);
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    let approved = move || v.contract.with(|c| c.as_ref().is_some_and(|c| c.status == ContractStatus::Approved));

    let down = move |ev: PointerEvent| {
        let Some(c) = canvas.get() else { return };
        let Some(ctx) = context(&c) else { return };
        ev.prevent_default();
        let _ = c.set_pointer_capture(ev.pointer_id());
        let (x, y) = point(&c, &ev);
        ctx.set_line_width(2.5);
        ctx.set_line_cap("round");
        ctx.set_stroke_style_str("#1f2937");
        ctx.begin_path();
        ctx.move_to(x, y);
        drawing.set_value(true);
    };
    let moved = move |ev: PointerEvent| {
        if !drawing.get_value() {
            return;
        }
        let Some(c) = canvas.get() else { return };
        let Some(ctx) = context(&c) else { return };
        let (x, y) = point(&c, &ev);
        ctx.line_to(x, y);
        ctx.stroke();
        inked.set(true);
    };
    let up = move |_: PointerEvent| drawing.set_value(false);
    let clear = move |_| {
        if let Some(c) = canvas.get() {
            if let Some(ctx) = context(&c) {
                ctx.clear_rect(0.0, 0.0, c.width() as f64, c.height() as f64);
            }
        }
        inked.set(false);
    };
    let do_sign = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(contract) = v.contract.get_untracked() else { return };
        let image = if inked.get_untracked() { canvas.get().and_then(|c| c.to_data_url().ok()).unwrap_or_default() } else { String::new() };
        let t = ops.t();
        match sign(&contract, &name.get_untracked(), &image, ops.now()) {
            Ok(signed) => ops.write(Change::upsert(signed), Some(t.docs.signed_done.to_string())),
            Err(SignError::EmptyName) => ops.refuse((t.field_required)(t.docs.signer_name)),
            Err(SignError::NotApproved { status }) => ops.refuse((t.docs.err_sign_status)(t.contract_status[status as usize])),
            Err(SignError::InvalidDrawing) => ops.refuse(t.docs.err_drawing),
        }
    };
    move || {
        if !approved() {
            return ().into_any();
        }
        let d = &locale.texts().docs;
        view! {
            <section class="card" data-testid="sign-panel">
                <h2>{d.e_signature}</h2>
                <form class="stack" on:submit=do_sign>
                    <label class="field">
                        <span>{d.signer_name}</span>
                        <input class="input" data-testid="signer-name" autocomplete="name" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                    </label>
                    <div class="field">
                        <span id="sig-pad-label">{d.draw_signature}</span>
                        <canvas class="signature-pad" width="600" height="180" node_ref=canvas data-testid="signature-pad"
                            role="img" aria-labelledby="sig-pad-label"
                            on:pointerdown=down on:pointermove=moved on:pointerup=up on:pointercancel=up on:pointerleave=up></canvas>
                        <div class="row">
                            <button type="button" class="btn-ghost" data-testid="signature-clear" on:click=clear>{d.clear_drawing}</button>
                            <span class="muted small">{d.drawing_optional}</span>
                        </div>
                    </div>
                    <p class="muted small">{d.sign_explain}</p>
                    <button class="btn btn-primary" type="submit" data-testid="sign-submit">{d.sign}</button>
                </form>
            </section>
        }
        .into_any()
    }
}

/// The signature as stored, with the hash check; printed with the contract.
#[component]
pub fn SignatureBlock(v: ContractView) -> impl IntoView {
    let locale = v.ops.locale;
    move || {
        let t = locale.texts();
        let d = &t.docs;
        let c = v.contract.get()?;
        let sig = c.signature.clone()?;
        let check = verify(&c);
        let when = fmt::datetime_short(sig.signed_at, browser::local_offset(), locale.0.get());
        let current = sha256_hex(&contract_content(&c));
        Some(view! {
            <section class="card" data-testid="signature-block">
                <h2>{d.e_signature}</h2>
                <p data-testid="signed-by">{(d.signed_by)(&sig.signer_name, &when)}</p>
                {(!sig.drawing.is_empty()).then(|| view! {
                    <img class="signature-img" src=sig.drawing.clone() alt=(d.signature_of)(&sig.signer_name) data-testid="signature-img"/>
                })}
                <p class="small">{d.content_hash} <code class="hash" data-testid="signature-hash">{sig.content_sha256.clone()}</code></p>
                {match check {
                    SignatureCheck::Tampered => view! {
                        <div class="alert alert-error" role="alert" data-testid="tampered">
                            <p>{d.tampered_explain}</p>
                            <p class="small">{d.current_hash} <code class="hash">{current}</code></p>
                        </div>
                    }.into_any(),
                    _ => view! { <p class="muted small" data-testid="hash-ok">{d.hash_matches}</p> }.into_any(),
                }}
            </section>
        })
    }
}
