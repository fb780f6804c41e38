//! Products (the catalogue) in spreadsheets: name, series, list price.

mod import;

pub use import::ProductImport;

crate::target_fields!(ProductField, required: [Name], {
    ExternalId => "external_id" ["ID", "Record ID", "Product ID", "产品编号"],
    Name => "name" ["product", "Name", "Product Name", "Product", "产品", "产品名称", "商品名称"],
    Sku => "sku" ["SKU", "Product Code", "Code", "Item Code", "型号", "产品代码", "物料编码"],
    Category => "category" [
        "series", "Series", "Category", "Product Family", "Product Category", "Product Line", "系列", "产品系列",
        "类别", "产品类别",
    ],
    ListPrice => "list_price" [
        "sales_price", "Sales Price", "List Price", "Price", "Unit Price", "Standard Price", "Product Price",
        "价格", "单价", "标准价", "售价", "零售价",
    ],
    Unit => "unit" ["Unit", "Unit of Measure", "UOM", "单位"],
});
