//! Trunk's `post_build` hook (see Trunk.toml): finishes the bundle in the staging folder.

fn main() {
    let Some(staging) = std::env::var_os("TRUNK_STAGING_DIR") else {
        eprintln!(
            "postbuild: TRUNK_STAGING_DIR is not set; Trunk runs this as its post_build hook"
        );
        std::process::exit(2);
    };
    let public_url = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".into());
    if let Err(e) = statuscodes::postbuild::run(std::path::Path::new(&staging), &public_url) {
        eprintln!("postbuild: {e}");
        std::process::exit(1);
    }
}
