mod complaints;
mod ledger;
