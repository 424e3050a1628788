/**
 * The portal's one way to lay out a document as PDF ({@link org.externship.portal.shared.pdf.PdfPages}): used by the
 * pages' exports (web) and by the letters the attendings write (ejb). No feature, no container.
 */
package org.externship.portal.shared.pdf;
