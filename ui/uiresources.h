#pragma once

namespace InvoiceDesk {

/** Registers the icons compiled into this static library (Q_INIT_RESOURCE); safe to call often. */
void initUiResources();

} // namespace InvoiceDesk
