fn main() {
    #[cfg(target_arch = "wasm32")]
    salesflow::ui::mount();
}
