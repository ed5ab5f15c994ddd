package poll

// StoreGUID exposes storeGUID to the external tests.
var StoreGUID = storeGUID
