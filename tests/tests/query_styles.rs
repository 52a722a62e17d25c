//! A query parameter's list or object is written as its `style` and
//! `explode` say: repeated (`form`, the default), joined by commas (`form`
//! with `explode: false`), by spaces or pipes (`spaceDelimited`,
//! `pipeDelimited`), or indexed (`deepObject`). Servers that split a joined
//! list on its delimiter read one value per item; a repeated one they read
//! as one value, the last.

use switchboard_tests::golden::query_styles::{self, types};

fn client() -> query_styles::Client {
    query_styles::Client::new(query_styles::Auth::none())
}

#[test]
fn each_style_writes_its_own_form() {
    let request = client()
        .list_hotels(vec!["TELONMFS".to_owned(), "PAR,01".to_owned()])
        .ratings(vec![4, 5])
        .amenities(vec![
            types::ListHotelsAmenitiesItem::Pool,
            types::ListHotelsAmenitiesItem::Wifi,
        ])
        .ways(vec!["n|s".to_owned(), "e".to_owned()])
        .exploded(vec!["a".to_owned(), "b".to_owned()])
        .near(types::ListHotelsNear {
            lat: Some(serde_json::Number::from_f64(48.5).expect("finite")),
            lon: Some(serde_json::Number::from(2)),
        })
        .filter(types::ListHotelsFilter {
            city: Some("Paris".to_owned()),
        })
        .page(2)
        .build()
        .expect("every value fits");
    assert_eq!(request.method(), "GET");
    assert_eq!(
        request.uri(),
        "https://api.example.test/v1/hotels\
         ?hotelIds=TELONMFS,PAR%2C01\
         &ratings=4&ratings=5\
         &amenities=POOL%20WIFI\
         &ways=n%7Cs%7Ce\
         &exploded=a&exploded=b\
         &near=lat,48.5,lon,2\
         &filter%5Bcity%5D=Paris\
         &page=2"
    );
    assert!(request.body().is_empty());
}

#[test]
fn an_empty_joined_list_sends_no_pair_and_its_count_is_still_checked() {
    let request = client()
        .list_hotels(vec!["A".to_owned()])
        .amenities(Vec::new())
        .build()
        .expect("one id is enough");
    assert_eq!(
        request.uri(),
        "https://api.example.test/v1/hotels?hotelIds=A"
    );
    let error = client().list_hotels(Vec::new()).build().unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("parameter `hotelIds` = `0 values`"),
        "{error}"
    );
    let four: Vec<String> = ["a", "b", "c", "d"].map(str::to_owned).to_vec();
    assert!(client().list_hotels(four).build().is_err());
}

#[test]
fn a_union_of_a_list_and_a_scalar_is_written_as_its_style_says() {
    // Stripe's `anyOf: [array, enum: ['']]` under `deepObject`: indexed, or
    // the empty string that clears the list.
    let request = client()
        .list_hotels(vec!["A".to_owned()])
        .tax_rates(types::ListHotelsTaxRates::StringList(vec![
            "txr_1".to_owned(),
            "txr_2".to_owned(),
        ]))
        .codes(types::ListHotelsCodes::StringList(vec![
            "x".to_owned(),
            "y".to_owned(),
        ]))
        .build()
        .expect("every value fits");
    assert_eq!(
        request.uri(),
        "https://api.example.test/v1/hotels?hotelIds=A\
         &taxRates%5B0%5D=txr_1&taxRates%5B1%5D=txr_2\
         &codes=x,y"
    );
    let request = client()
        .list_hotels(vec!["A".to_owned()])
        .tax_rates(types::ListHotelsTaxRates::Variant2(
            types::ListHotelsTaxRatesVariant2::Value,
        ))
        .codes(types::ListHotelsCodes::String("z".to_owned()))
        .build()
        .expect("every value fits");
    assert_eq!(
        request.uri(),
        "https://api.example.test/v1/hotels?hotelIds=A&taxRates=&codes=z"
    );
}
