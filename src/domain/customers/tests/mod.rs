mod complaints;
mod ledger;
mod orders;
mod timeline;
mod surveys;
mod community;
