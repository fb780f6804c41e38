mod complaints;
mod ledger;
mod timeline;
