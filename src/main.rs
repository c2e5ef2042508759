//! The browser entry point; everything it does lives in the library (`statuscodes::start`), where the component
//! tests reach it.

fn main() {
    statuscodes::start::start();
}
